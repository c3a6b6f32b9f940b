"use client";

import { AppLink } from "@/components/app-link";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { Dictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import type { SearchResponse } from "@/lib/search/engine";
import { SearchResults } from "./search-results";

type Labels = Dictionary["searchUi"];
type State = { status: "idle" } | { status: "loading" } | { status: "error" } | { status: "done"; response: SearchResponse };

const debounceMs = 180;

/** Keeps `?q=` in the address bar equal to what was searched (already stripped of ids and names). */
function syncUrl(searched: string) {
  const url = new URL(window.location.href);
  if (searched) url.searchParams.set("q", searched);
  else url.searchParams.delete("q");
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
}

export interface SearchBoxProps {
  locale: Locale;
  labels: Labels;
  form: Dictionary["search"];
  categoryNames: Record<string, string>;
  categoryLinks: { href: string; label: string }[];
  searchPath: string;
  autoFocus?: boolean;
}

export function SearchBox({ locale, labels, form, categoryNames, categoryLinks, searchPath, autoFocus }: SearchBoxProps) {
  const [text, setText] = useState("");
  const [state, setState] = useState<State>({ status: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const pasted = useRef(false);
  // Unique ids: the bilingual 404 page holds two boxes.
  const boxId = useId();
  const hintId = `${boxId}-hint`;

  const run = useCallback(
    async (query: string) => {
      const ticket = ++latest.current;
      if (!query.trim()) {
        setState({ status: "idle" });
        syncUrl("");
        return;
      }
      setState((s) => (s.status === "done" ? s : { status: "loading" }));
      try {
        // The engine's code and index are fetched on first search, never in a page's first load.
        const { loadEngine } = await import("@/lib/search/client");
        const response = (await loadEngine(locale)).search(query);
        if (ticket !== latest.current) return; // a newer query is on its way
        setState({ status: "done", response });
        syncUrl(response.searched);
      } catch {
        if (ticket === latest.current) setState({ status: "error" });
      }
    },
    [locale],
  );

  const schedule = (query: string, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => run(query), delay);
  };

  // Opening a shared link: search what it carries.
  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q");
    if (q) {
      setText(q);
      run(q);
    }
  }, [run]);

  // "/" focuses the box from anywhere on the page.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      // The first box on the page takes it.
      if (event.key !== "/" || event.defaultPrevented || target.closest("input, textarea, [contenteditable=true]")) return;
      event.preventDefault();
      box.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const response = state.status === "done" ? state.response : undefined;
  const count = response?.hits.length ?? 0;
  const announcement =
    state.status === "loading" ? labels.loading : state.status === "error" ? labels.loadError : !response ? "" : count === 0 ? labels.noMatch : count === 1 ? labels.oneResult : labels.resultCount.replace("{n}", String(count));

  return (
    <div>
      <form
        action={searchPath}
        method="get"
        role="search"
        aria-label={labels.title}
        onSubmit={(e) => {
          e.preventDefault(); // with scripts the search runs here; without, the GET goes to the search page
          schedule(text, 0);
        }}
        className="space-y-2"
      >
        <label htmlFor={boxId} className="block font-semibold">
          {form.label}
        </label>
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {form.hint} <span className="hidden sm:inline">{labels.keyboardHint}</span>
        </p>
        <textarea
          id={boxId}
          name="q"
          ref={box}
          rows={4}
          value={text}
          autoFocus={autoFocus}
          spellCheck={false}
          aria-describedby={hintId}
          placeholder={form.placeholder}
          onChange={(e) => {
            setText(e.target.value);
            schedule(e.target.value, pasted.current ? 0 : debounceMs); // a paste is searched at once
            pasted.current = false;
          }}
          onPaste={() => {
            pasted.current = true;
          }}
          onKeyDown={(e) => {
            const atEnd = e.currentTarget.selectionStart === e.currentTarget.value.length;
            if (e.key === "ArrowDown" && atEnd && count > 0) {
              e.preventDefault();
              results.current?.querySelector<HTMLAnchorElement>("a[data-result]")?.focus();
            }
          }}
          className="block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        <div className="flex gap-2">
          <button type="submit" className="rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200">
            {form.submit}
          </button>
          {text && (
            <button
              type="button"
              onClick={() => {
                setText("");
                run("");
                box.current?.focus();
              }}
              className="rounded-lg border border-slate-400 px-4 py-2 font-semibold dark:border-slate-600"
            >
              {labels.clear}
            </button>
          )}
        </div>
      </form>

      <div ref={results} className="mt-6 space-y-3">
        <p role="status" aria-live="polite" className={announcement ? "font-semibold" : "sr-only"}>
          {announcement}
        </p>
        {response?.query.truncated && <p className="text-sm text-amber-800 dark:text-amber-300">{labels.truncated}</p>}
        {response && response.searched && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {labels.searchedFor} <span className="whitespace-pre-wrap break-words font-mono">{response.searched}</span>
            {response.searched.includes("___") && <span className="mt-1 block">{labels.redactedHint}</span>}
          </p>
        )}
        {response && count > 0 && <SearchResults hits={response.hits} labels={labels} categoryNames={categoryNames} onLeaveTop={() => box.current?.focus()} />}
        {(state.status === "error" || (response && count === 0)) && (
          <div className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
            {response && <p>{labels.noMatchHelp}</p>}
            <ul className="mt-2 flex flex-wrap gap-3">
              {categoryLinks.map((link) => (
                <li key={link.href}>
                  <AppLink href={link.href} className="text-blue-800 underline dark:text-blue-300">
                    {link.label}
                  </AppLink>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
