import type { SearchMatch } from "./engine";

export interface Snippet {
  text: string;
  /** Inclusive [start, end] character ranges to emphasize. */
  ranges: [number, number][];
}

/** Fields are indexed as lines joined with " \n "; each line is one title, message or paragraph. */
const separator = " \n ";

/** Words too common to be worth marking, in either language. */
const fillerWords = new Set([
  ..."a an the of to in on at by for with and or is are was were be been as it its this that from has have not no due please any all".split(
    " ",
  ),
  ..."的 是 在 和 與 及 或 了 因為 並 請 此 該".split(" "),
]);
const han = /\p{Script=Han}/u;
const wordPattern = /[\p{L}\p{N}_]+(?:['’.-][\p{L}\p{N}_]+)*/gu;

/**
 * Match ranges turned into whole meaningful words: a match covering most of a word marks the whole
 * word, a fragment (a few letters inside a longer word) and filler words are not marked. Chinese
 * has no spaces, so its matches (already whole tokens of the segmenter) are kept when two
 * characters or longer and not filler.
 */
export function wholeWordRanges(text: string, ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const word of text.matchAll(wordPattern)) {
    const start = word.index;
    const end = start + word[0].length - 1;
    const inside = ranges
      .filter(([a, b]) => b >= start && a <= end)
      .map(([a, b]) => [Math.max(a, start), Math.min(b, end)] as [number, number]);
    if (inside.length === 0) continue;
    if (han.test(word[0])) {
      for (const [a, b] of inside) if (b > a && !fillerWords.has(text.slice(a, b + 1))) out.push([a, b]);
      continue;
    }
    const covered = inside.reduce((sum, [a, b]) => sum + b - a + 1, 0);
    if (covered / word[0].length >= 0.6 && !fillerWords.has(word[0].toLowerCase())) out.push([start, end]);
  }
  return out;
}

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
    const ranges = wholeWordRanges(
      line,
      match.indices.filter(([a, b]) => a >= start && b <= end && b - a >= 1).map(([a, b]) => [a - start, b - start] as [number, number]),
    );
    const covered = ranges.reduce((sum, [a, b]) => sum + b - a + 1, 0);
    if (covered > 0 && (!best || covered > best.covered)) best = { start, text: line, ranges, covered };
  }
  if (!best) return undefined;
  const from = best.text.length > maxLength ? Math.max(0, Math.min(best.ranges[0][0] - 20, best.text.length - maxLength)) : 0;
  const text = best.text.slice(from, from + maxLength);
  const ranges = best.ranges
    .map(([a, b]) => [a - from, Math.min(b - from, text.length - 1)] as [number, number])
    .filter(([a, b]) => a >= 0 && b >= a);
  return {
    text: (from > 0 ? "…" : "") + text + (from + maxLength < best.text.length ? "…" : ""),
    ranges: ranges.map(([a, b]) => (from > 0 ? [a + 1, b + 1] : [a, b])),
  };
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
