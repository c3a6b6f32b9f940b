/** Text folded for matching as you type: full-width to half-width (NFKC), case-insensitive. */
export function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

const wordChar = /[\p{L}\p{N}]/u;
const han = /\p{Script=Han}/u;

/** Whether `word` starts a word of the text ("linux" is in "Linux VMs", not in "SELinux"); Chinese has no word starts. */
function hasWordStart(text: string, word: string): boolean {
  if (han.test(word[0])) return text.includes(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !wordChar.test(text[at - 1]) || han.test(text[at - 1])) return true;
  }
  return false;
}

/** True when every word of the filter starts a word of the item's (folded) text; an empty filter keeps all. */
export function matchesFilter(foldedText: string, filter: string): boolean {
  return foldText(filter)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hasWordStart(foldedText, word));
}
