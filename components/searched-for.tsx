import type { Dictionary } from "@/lib/dictionaries";
import type { SearchResponse } from "@/lib/search/engine";

type Labels = Dictionary["searchUi"];

/** What the search used of the paste, and how many words it left out (they show as ⋯ and stay out of the link). */
export function SearchedFor({ response, labels }: { response: SearchResponse; labels: Labels }) {
  const { removed } = response;
  return (
    <div className="space-y-1 text-sm text-fg-muted">
      {response.query.truncated && <p className="text-caution">{labels.truncated}</p>}
      {response.searched && (
        <p>
          {labels.searchedFor} <span className="font-mono break-words whitespace-pre-wrap">{response.searched}</span>
        </p>
      )}
      {removed > 0 && <p>{removed === 1 ? labels.removedWord : labels.removedWords.replace("{n}", String(removed))}</p>}
    </div>
  );
}
