import Fuse from "fuse.js";

/** Typos are corrected only for words this long; shorter ones are too easily another word. */
const minLength = 6;

/**
 * Typo correction against the corpus' own terms, with fuse.js's approximate string matching
 * (Bitap). Words are grouped by their first letter, which typos rarely change, so a lookup scans
 * a few hundred words instead of the whole vocabulary (a paste has dozens of unknown names). A
 * correction must be about as long as the typed word: fuse.js also finds a short pattern inside a
 * long word, which is not a typo.
 */
export class Spelling {
  private readonly words = new Map<string, string[]>();
  private readonly engines = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, string | undefined>();
  private readonly known: Set<string>;

  constructor(terms: string[]) {
    this.known = new Set(terms);
    for (const term of terms) {
      if (!/^[a-z]+$/.test(term) || term.length < minLength - 1) continue;
      const group = this.words.get(term[0]);
      if (group) group.push(term);
      else this.words.set(term[0], [term]);
    }
  }

  correct(word: string): string | undefined {
    if (word.length < minLength || !/^[a-z]+$/.test(word)) return undefined;
    if (this.cache.has(word)) return this.cache.get(word);
    const best =
      this.transposed(word) ??
      this.engine(word[0])
        ?.search(word, { limit: 5 })
        .find((r) => Math.abs(r.item.length - word.length) <= (word.length >= 8 ? 2 : 1))?.item;
    if (this.cache.size < 5_000) this.cache.set(word, best);
    return best;
  }

  /** Two neighbouring letters swapped ("waagnet", "bakcup"), the commonest typo, which Bitap scores as two errors. */
  private transposed(word: string): string | undefined {
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (swapped !== word && this.known.has(swapped)) return swapped;
    }
    return undefined;
  }

  private engine(letter: string): Fuse<string> | undefined {
    const words = this.words.get(letter);
    if (!words) return undefined;
    let engine = this.engines.get(letter);
    if (!engine) {
      engine = new Fuse(words, { includeScore: true, threshold: 0.25, isCaseSensitive: true });
      this.engines.set(letter, engine);
    }
    return engine;
  }
}
