import type { Dictionary } from "@/lib/dictionaries";
import type { SearchState } from "@/hooks/use-error-search";

type Labels = Dictionary["searchUi"];

function announcement(state: SearchState, labels: Labels): string {
  if (state.status === "loading") return labels.loading;
  if (state.status === "error") return labels.loadError;
  if (state.status === "idle") return "";
  const count = state.response.hits.length;
  return count === 0 ? labels.noMatch : count === 1 ? labels.oneResult : labels.resultCount.replace("{n}", String(count));
}

/** The one live line screen readers hear: searching, how many fixes matched, or that search failed. */
export function SearchStatus({ state, labels }: { state: SearchState; labels: Labels }) {
  const text = announcement(state, labels);
  return (
    <p role="status" aria-live="polite" className={text ? "font-semibold" : "sr-only"}>
      {text}
    </p>
  );
}
