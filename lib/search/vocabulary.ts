import { hasHan, tokenize } from "./normalize";

/**
 * The words the corpus uses, with their document frequency. Query words are checked against it
 * before fuse.js sees them: fuse.js matches each word as a substring with an IDF weight counted on
 * exact words, so a word the corpus never uses ("npm", "very") would get the highest weight and
 * match inside unrelated words ("recovery"). Unknown words are corrected to a close corpus word
 * (typos) or dropped; what share of the query survives tells how much it is about this corpus.
 */
export class Vocabulary {
  private readonly df = new Map<string, number>();
  private readonly cjkBigrams = new Set<string>();
  private readonly words: string[];

  constructor(texts: string[], tokenizer: (text: string) => string[] = tokenize) {
    for (const text of texts) {
      for (const token of new Set(tokenizer(text))) {
        this.df.set(token, (this.df.get(token) ?? 0) + 1);
        if (hasHan(token)) for (let i = 0; i + 1 < token.length; i++) this.cjkBigrams.add(token.slice(i, i + 2));
      }
    }
    this.words = [...this.df.keys()].filter((w) => !hasHan(w));
    this.documents = texts.length;
  }

  readonly documents: number;

  idf(token: string): number {
    return Math.log(1 + this.documents / (this.df.get(token) ?? 1)) - Math.log(2);
  }

  /** The corpus form of a query word, or undefined when the corpus has nothing like it. */
  resolve(token: string): string | undefined {
    if (this.df.has(token)) return token;
    if (hasHan(token)) {
      // Chinese is segmented differently in short queries; known character pairs are enough.
      for (let i = 0; i + 1 < token.length; i++) if (!this.cjkBigrams.has(token.slice(i, i + 2))) return undefined;
      return token.length > 1 ? token : undefined;
    }
    if (token.length < 4) return undefined;
    const maxDistance = token.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = maxDistance + 1;
    for (const word of this.words) {
      if (Math.abs(word.length - token.length) > maxDistance) {
        if (token.length >= 5 && word.includes(token)) return token; // part of a code: UserErrorFsFreezeFailed
        continue;
      }
      const distance = editDistance(token, word, bestDistance);
      if (distance < bestDistance || (distance === bestDistance && best && (this.df.get(word) ?? 0) > (this.df.get(best) ?? 0))) {
        best = word;
        bestDistance = distance;
      }
    }
    return best;
  }
}

/** Levenshtein distance, giving up once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
