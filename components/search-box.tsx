"use client";

import { useId } from "react";
import { useErrorSearch } from "@/hooks/use-error-search";
import { useSlashFocus } from "@/hooks/use-slash-focus";
import type { Dictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { NoMatchHelp } from "./no-match-help";
import { SearchCodes } from "./search-codes";
import { SearchResults } from "./search-results";
import { SearchStatus } from "./search-status";
import { SearchSuggestions } from "./search-suggestions";
import { SearchedFor } from "./searched-for";
import { Button } from "./ui/button";

export interface SearchBoxProps {
  locale: Locale;
  labels: Dictionary["searchUi"];
  form: Dictionary["search"];
  categoryNames: Record<string, string>;
  categoryLinks: { href: string; label: string }[];
  searchPath: string;
  autoFocus?: boolean;
}

/** The paste box and its answer. Without scripts the form is a plain GET to the search page. */
export function SearchBox({ locale, labels, form, categoryNames, categoryLinks, searchPath, autoFocus }: SearchBoxProps) {
  const { box, results, state, response, onPaste, onChange, onKeyDown, submit, clear } = useErrorSearch(locale);
  useSlashFocus(box);
  // Unique ids: the bilingual 404 page can hold more than one box.
  const boxId = useId();
  const count = response?.hits.length ?? 0;

  return (
    <div>
      <form
        action={searchPath}
        method="get"
        role="search"
        aria-label={labels.title}
        onSubmit={(e) => (e.preventDefault(), submit())}
        className="space-y-2"
      >
        <label htmlFor={boxId} className="block font-semibold">
          {form.label}
        </label>
        <p id={`${boxId}-hint`} className="text-sm text-fg-muted">
          {form.hint} <span className="hidden sm:inline">{labels.keyboardHint}</span>
        </p>
        <textarea
          id={boxId}
          name="q"
          ref={box}
          rows={4}
          autoFocus={autoFocus}
          spellCheck={false}
          aria-describedby={`${boxId}-hint`}
          placeholder={form.placeholder}
          onChange={(e) => onChange(e.target.value)}
          onPaste={onPaste}
          onKeyDown={onKeyDown}
          className="block w-full rounded-lg border border-border bg-surface px-3 py-2 font-mono text-base"
        />
        <div className="flex gap-2">
          <Button type="submit" variant="primary">
            {form.submit}
          </Button>
          {state.status !== "idle" && <Button onClick={clear}>{labels.clear}</Button>}
        </div>
      </form>

      <div ref={results} className="mt-6 space-y-3">
        <SearchStatus state={state} labels={labels} />
        {response && <SearchedFor response={response} labels={labels} />}
        {response && count > 0 && (
          <SearchResults
            response={response}
            reveal={state.status === "done" && state.reveal}
            labels={labels}
            categoryNames={categoryNames}
            onLeaveTop={() => box.current?.focus()}
          />
        )}
        {response && <SearchCodes response={response} locale={locale} labels={labels} />}
        {response && <SearchSuggestions response={response} labels={labels} categoryNames={categoryNames} />}
        {(state.status === "error" || (response && count === 0)) && (
          <NoMatchHelp labels={labels} categoryLinks={categoryLinks} noMatch={Boolean(response)} />
        )}
      </div>
    </div>
  );
}
