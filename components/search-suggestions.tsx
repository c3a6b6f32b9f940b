import type { Dictionary } from "@/lib/dictionaries";
import type { SearchResponse } from "@/lib/search/engine";
import { ResultCard } from "./search-results";

/** When nothing is confident: at most three pages that might be related, marked as a guess, not an answer. */
export function SearchSuggestions({
  response,
  labels,
  categoryNames,
}: {
  response: SearchResponse;
  labels: Dictionary["searchUi"];
  categoryNames: Record<string, string>;
}) {
  if (response.hits.length > 0 || response.suggestions.length === 0) return null;
  return (
    <section aria-labelledby="search-related" className="rounded-lg border border-dashed border-border p-4">
      <h2 id="search-related" className="font-semibold">
        {labels.related}
      </h2>
      <p className="mb-3 text-sm text-fg-muted">{labels.relatedHint}</p>
      <ol className="space-y-3">
        {response.suggestions.map((hit) => (
          <ResultCard key={hit.doc.id} hit={hit} labels={labels} categoryNames={categoryNames} />
        ))}
      </ol>
    </section>
  );
}
