import type { Dictionary } from "@/lib/dictionaries";
import type { SearchResponse } from "@/lib/search/engine";

type Labels = Dictionary["searchUi"];

/** What the search used of the paste (and what it left out), under the status line. */
export function SearchedFor({ response, labels }: { response: SearchResponse; labels: Labels }) {
  return (
    <div className="space-y-1 text-sm text-fg-muted">
      {response.query.truncated && <p className="text-caution">{labels.truncated}</p>}
      {response.searched && (
        <p>
          {labels.searchedFor} <span className="font-mono break-words whitespace-pre-wrap">{response.searched}</span>
          {response.searched.includes("___") && <span className="mt-1 block">{labels.redactedHint}</span>}
        </p>
      )}
    </div>
  );
}
