/** Text folded for matching as you type: full-width to half-width (NFKC), case-insensitive. */
export function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** True when every word of the filter occurs in the item's (folded) text; an empty filter keeps all. */
export function matchesFilter(foldedText: string, filter: string): boolean {
  return foldText(filter)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => foldedText.includes(word));
}
