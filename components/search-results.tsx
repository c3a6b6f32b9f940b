"use client";

import { useEffect, useRef } from "react";
import { AppLink } from "@/components/app-link";
import { cn } from "@/lib/cn";
import type { Dictionary } from "@/lib/dictionaries";
import type { SearchHit, SearchResponse } from "@/lib/search/engine";
import { bestSnippet } from "@/lib/search/highlight";
import { SearchHighlight } from "./search-highlight";

type Labels = Dictionary["searchUi"];

/** Arrow keys move between result links; above the first one is the search box. */
function moveFocus(event: React.KeyboardEvent<HTMLOListElement>, onLeaveTop: () => void) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>("a[data-result]")];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0) return;
  event.preventDefault();
  const next = event.key === "ArrowDown" ? links[index + 1] : links[index - 1];
  if (next) next.focus();
  else if (event.key === "ArrowUp") onLeaveTop();
}

/** Brings an element fully into view when it is not (on a phone, the best match under the keyboard). */
function reveal(element: HTMLElement) {
  const { top, bottom } = element.getBoundingClientRect();
  const height = window.visualViewport?.height ?? window.innerHeight;
  if (top < 0 || bottom > height) element.scrollIntoView({ block: "start" });
}

/** One result; the whole card is the link (its ::after covers the card). */
export function ResultCard({
  hit,
  best,
  labels,
  categoryNames,
}: {
  hit: SearchHit;
  best?: boolean;
  labels: Labels;
  categoryNames: Record<string, string>;
}) {
  const match = hit.matches.find((m) => m.key === "message") ?? hit.matches[0];
  const snippet = match && match.key !== "codes" ? bestSnippet(match) : undefined;
  return (
    <li
      data-best={best || undefined}
      className={cn(
        "relative scroll-mt-2 rounded-xl border p-4 hover:border-accent",
        best ? "border-2 border-accent bg-accent-soft" : "border-border",
      )}
    >
      {best && <p className="mb-1 text-xs font-bold tracking-wide text-link uppercase">{labels.bestMatch}</p>}
      <AppLink
        href={hit.url}
        data-result
        className={cn(
          "font-semibold text-link underline-offset-4 after:absolute after:inset-0 after:rounded-xl hover:underline",
          best && "text-lg",
        )}
      >
        {hit.doc.title}
      </AppLink>
      <p className="mt-1 flex flex-wrap gap-2 text-xs">
        <span className="rounded bg-surface-muted px-1.5 py-0.5">{categoryNames[hit.doc.category]}</span>
        {hit.code && (
          <span className="rounded bg-ok-soft px-1.5 py-0.5 font-mono text-ok">{labels.detectedCode.replace("{code}", hit.code)}</span>
        )}
      </p>
      {snippet && (
        <p className="mt-2 text-sm break-words">
          <SearchHighlight snippet={snippet} />
        </p>
      )}
      <p className="mt-1 text-sm text-fg-muted">{hit.doc.summary}</p>
    </li>
  );
}

interface SearchResultsProps {
  response: SearchResponse;
  /** Scroll the best match into view (after a paste). */
  reveal: boolean;
  labels: Labels;
  categoryNames: Record<string, string>;
  onLeaveTop: () => void;
}

export function SearchResults({ response, reveal: shouldReveal, labels, categoryNames, onLeaveTop }: SearchResultsProps) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const best = list.current?.querySelector<HTMLElement>("[data-best]");
    if (shouldReveal && best) reveal(best);
  }, [response, shouldReveal]);
  return (
    <ol ref={list} className="space-y-3" onKeyDown={(event) => moveFocus(event, onLeaveTop)} aria-label={labels.results}>
      {response.hits.map((hit, i) => (
        <ResultCard key={hit.doc.id} hit={hit} best={i === 0} labels={labels} categoryNames={categoryNames} />
      ))}
    </ol>
  );
}
