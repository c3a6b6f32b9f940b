"use client";

import { AppLink } from "@/components/app-link";
import type { Dictionary } from "@/lib/dictionaries";
import type { SearchHit } from "@/lib/search/engine";
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

interface SearchResultsProps {
  hits: SearchHit[];
  labels: Labels;
  categoryNames: Record<string, string>;
  onLeaveTop: () => void;
}

export function SearchResults({ hits, labels, categoryNames, onLeaveTop }: SearchResultsProps) {
  return (
    <ol className="space-y-3" onKeyDown={(event) => moveFocus(event, onLeaveTop)} aria-label={labels.results}>
      {hits.map((hit, i) => {
        const match = hit.matches.find((m) => m.key === "message") ?? hit.matches[0];
        const snippet = match && match.key !== "codes" ? bestSnippet(match) : undefined;
        const best = i === 0;
        return (
          <li
            key={hit.doc.id}
            className={`rounded-xl border p-4 ${best ? "border-2 border-blue-700 bg-blue-50 dark:border-blue-300 dark:bg-blue-950/40" : "border-slate-300 dark:border-slate-700"}`}
          >
            {best && <p className="mb-1 text-xs font-bold uppercase tracking-wide text-blue-800 dark:text-blue-200">{labels.bestMatch}</p>}
            <AppLink
              href={hit.url}
              data-result
              className={`font-semibold text-blue-800 underline-offset-4 hover:underline dark:text-blue-300 ${best ? "text-lg" : ""}`}
            >
              {hit.doc.title}
            </AppLink>
            <p className="mt-1 flex flex-wrap gap-2 text-xs text-slate-700 dark:text-slate-300">
              <span className="rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800">{categoryNames[hit.doc.category]}</span>
              {hit.code && (
                <span className="rounded bg-green-100 px-1.5 py-0.5 font-mono text-green-900 dark:bg-green-950 dark:text-green-200">
                  {labels.detectedCode}: {hit.code}
                </span>
              )}
            </p>
            {snippet && (
              <p className="mt-2 break-words text-sm text-slate-700 dark:text-slate-300">
                <SearchHighlight snippet={snippet} />
              </p>
            )}
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{hit.doc.summary}</p>
          </li>
        );
      })}
    </ol>
  );
}
