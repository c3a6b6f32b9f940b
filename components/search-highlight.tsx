import { splitByRanges, type Snippet } from "@/lib/search/highlight";

/** Matched words in <mark>; everything is rendered as text, never as HTML. */
export function SearchHighlight({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {splitByRanges(snippet.text, snippet.ranges).map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-slate-950">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
