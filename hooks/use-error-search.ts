"use client";

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Locale } from "@/lib/i18n";
import type { SearchResponse } from "@/lib/search/engine";

/** `reveal`: the search came from a paste, so the best match should be brought into view. */
export type SearchState =
  { status: "idle" } | { status: "loading" } | { status: "error" } | { status: "done"; response: SearchResponse; reveal: boolean };

const debounceMs = 180;

const loadClient = () => import("@/lib/search/client");

// A link carrying a search (?q=) is searched as soon as the page hydrates: run the engine's code
// (which the search page's loader has been fetching since the first paint) now, while React
// hydrates, rather than after. This module runs before hydration, once per page load.
if (typeof window !== "undefined" && new URLSearchParams(window.location.search).has("q")) void loadClient();

/** Keeps `?q=` in the address bar equal to what was searched (already stripped of ids and names). */
function syncUrl(searched: string) {
  const url = new URL(window.location.href);
  if (searched) url.searchParams.set("q", searched);
  else url.searchParams.delete("q");
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
}

/**
 * Everything the search box does besides drawing itself: debounced searching (at once on paste),
 * ignoring stale answers, the address bar's `?q=`, and searching what a shared link carries. The
 * textarea stays uncontrolled (`box`), so a shared link's text is put in without a second render.
 */
export function useErrorSearch(locale: Locale) {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const box = useRef<HTMLTextAreaElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(0);
  const pasted = useRef(false);

  const run = useCallback(
    async (query: string, reveal: boolean) => {
      const ticket = ++latest.current;
      if (!query.trim()) {
        setState({ status: "idle" });
        syncUrl("");
        return;
      }
      setState((s) => (s.status === "done" ? s : { status: "loading" }));
      try {
        // The engine's code and index are fetched on first search (or for a ?q= link, as above), never on a plain page load.
        const { loadEngine } = await loadClient();
        const response = (await loadEngine(locale)).search(query);
        if (ticket !== latest.current) return; // a newer query is on its way
        setState({ status: "done", response, reveal });
        syncUrl(response.searched);
      } catch {
        if (ticket === latest.current) setState({ status: "error" });
      }
    },
    [locale],
  );

  const schedule = useCallback(
    (query: string, delay: number, reveal = false) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => run(query, reveal), delay);
    },
    [run],
  );

  // On hydration the box may already hold text: a shared link's ?q=, or what was typed or pasted
  // while the page was painted but not yet hydrated (its scripts start after the first paint).
  useEffect(() => {
    const area = box.current;
    if (!area) return;
    // A textarea keeps line ends as \n only: compare the link's text the same way.
    const q = new URLSearchParams(window.location.search).get("q")?.replace(/\r\n?/g, "\n");
    if (!area.value && q) area.value = q;
    if (area.value.trim()) schedule(area.value, 0, area.value !== q);
  }, [schedule]);

  const firstResult = () => results.current?.querySelector<HTMLAnchorElement>("a[data-result]");

  return {
    box,
    /** The element holding the result links (for the keyboard). */
    results,
    state,
    response: state.status === "done" ? state.response : undefined,
    /** A paste is searched at once, and its best match scrolled into view. */
    onPaste: () => {
      pasted.current = true;
    },
    onChange: (text: string) => {
      schedule(text, pasted.current ? 0 : debounceMs, pasted.current);
      pasted.current = false;
    },
    submit: () => schedule(box.current?.value ?? "", 0),
    /** Ctrl/Cmd+Enter opens the best match (or searches now); ↓ at the end of the text goes to the results. */
    onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => {
      const box = event.currentTarget;
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        const best = firstResult();
        if (best) best.click();
        else schedule(box.value, 0);
      } else if (event.key === "ArrowDown" && box.selectionStart === box.value.length && firstResult()) {
        event.preventDefault();
        firstResult()?.focus();
      }
    },
    clear: () => {
      if (box.current) box.current.value = "";
      schedule("", 0);
      box.current?.focus();
    },
  };
}
