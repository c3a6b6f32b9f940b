import type { SearchMatch } from "./engine";

export interface Snippet {
  text: string;
  /** Inclusive [start, end] character ranges to emphasize. */
  ranges: [number, number][];
}

/** Fields are indexed as lines joined with " \n "; each line is one title, message or paragraph. */
const separator = " \n ";

/**
 * The line of a matched field where most of the query matched (the error message, usually), cut
 * to `maxLength` around the first match, with the match ranges moved to the cut text.
 */
export function bestSnippet(match: SearchMatch, maxLength = 220): Snippet | undefined {
  let offset = 0;
  let best: { start: number; text: string; ranges: [number, number][]; covered: number } | undefined;
  for (const line of match.value.split(separator)) {
    const start = offset;
    const end = start + line.length - 1;
    offset += line.length + separator.length;
    const ranges = match.indices
      .filter(([a, b]) => a >= start && b <= end && b - a >= 1)
      .map(([a, b]) => [a - start, b - start] as [number, number]);
    const covered = ranges.reduce((sum, [a, b]) => sum + b - a + 1, 0);
    if (covered > 0 && (!best || covered > best.covered)) best = { start, text: line, ranges, covered };
  }
  if (!best) return undefined;
  const from = best.text.length > maxLength ? Math.max(0, Math.min(best.ranges[0][0] - 20, best.text.length - maxLength)) : 0;
  const text = best.text.slice(from, from + maxLength);
  const ranges = best.ranges
    .map(([a, b]) => [a - from, Math.min(b - from, text.length - 1)] as [number, number])
    .filter(([a, b]) => a >= 0 && b >= a);
  return { text: (from > 0 ? "…" : "") + text + (from + maxLength < best.text.length ? "…" : ""), ranges: ranges.map(([a, b]) => (from > 0 ? [a + 1, b + 1] : [a, b])) };
}

/** Splits text into plain and emphasized parts, for rendering as text nodes (never as HTML). */
export function splitByRanges(text: string, ranges: [number, number][]): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let cursor = 0;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (a < cursor) continue;
    if (a > cursor) parts.push({ text: text.slice(cursor, a), marked: false });
    parts.push({ text: text.slice(a, b + 1), marked: true });
    cursor = b + 1;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), marked: false });
  return parts;
}
