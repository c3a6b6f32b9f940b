import Fuse from "fuse.js";

/** Typos are corrected only for words this long; shorter ones are too easily another word. */
const minLength = 6;

/**
 * Typo correction against the corpus' own terms, with fuse.js's approximate string matching
 * (Bitap). A correction must be about as long as the typed word: fuse.js also finds a short
 * pattern inside a long word, which is not a typo.
 */
export class Spelling {
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, string | undefined>();

  constructor(terms: string[]) {
    this.fuse = new Fuse(
      terms.filter((t) => /^[a-z]+$/.test(t) && t.length >= minLength - 1),
      { includeScore: true, threshold: 0.25, isCaseSensitive: true },
    );
  }

  correct(word: string): string | undefined {
    if (word.length < minLength || !/^[a-z]+$/.test(word)) return undefined;
    if (this.cache.has(word)) return this.cache.get(word);
    const best = this.fuse
      .search(word, { limit: 5 })
      .find((r) => Math.abs(r.item.length - word.length) <= (word.length >= 8 ? 2 : 1));
    if (this.cache.size < 5_000) this.cache.set(word, best?.item);
    return best?.item;
  }
}
