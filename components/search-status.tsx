import type { Dictionary } from "@/lib/dictionaries";
import type { SearchState } from "@/hooks/use-error-search";
import { elsewhereNotice } from "@/lib/search/elsewhere";

type Labels = Dictionary["searchUi"];

function announcement(state: SearchState, labels: Labels): string {
  if (state.status === "loading") return labels.loading;
  if (state.status === "error") return labels.loadError;
  if (state.status === "idle") return "";
  const count = state.response.hits.length;
  return count === 0 ? labels.noMatch : count === 1 ? labels.oneResult : labels.resultCount.replace("{n}", String(count));
}

/** The one live line screen readers hear: searching, how many fixes matched (and where to look when it is another product's), or that search failed. */
export function SearchStatus({ state, labels }: { state: SearchState; labels: Labels }) {
  const text = announcement(state, labels);
  const elsewhere = state.status === "done" ? elsewhereNotice(state.response, labels) : undefined;
  return (
    <p role="status" aria-live="polite" className={text ? "font-semibold" : "sr-only"}>
      {text}
      {elsewhere && <span className="sr-only"> {elsewhere}</span>}
    </p>
  );
}
