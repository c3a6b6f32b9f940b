/**
 * BM25F over a few weighted fields (Robertson & Zaragoza): each field's term counts are weighted
 * and summed before saturation, so a word in the printed message counts more than the same word
 * in a step, and a page is not rewarded for merely being long.
 */
export interface Bm25Field {
  weight: number;
  /** Each document's terms in this field. */
  terms: string[][];
}

const k1 = 1.2;
const b = 0.75;

export class Bm25Index {
  private readonly tf: Map<string, number>[];
  private readonly length: number[];
  private readonly averageLength: number;
  private readonly postings = new Map<string, number[]>();
  readonly size: number;

  /**
   * `pages`: the first documents are pages and set the average length; the others (another
   * product's message, a list of its words) are not pages, and being short earns them nothing.
   */
  constructor(fields: Bm25Field[], pages = fields[0]?.terms.length ?? 0) {
    this.size = fields[0]?.terms.length ?? 0;
    this.tf = Array.from({ length: this.size }, () => new Map<string, number>());
    this.length = new Array<number>(this.size).fill(0);
    for (const { weight, terms } of fields) {
      terms.forEach((docTerms, doc) => {
        for (const term of docTerms) this.tf[doc].set(term, (this.tf[doc].get(term) ?? 0) + weight);
        this.length[doc] += weight * docTerms.length;
      });
    }
    this.tf.forEach((counts, doc) => {
      for (const term of counts.keys()) {
        const list = this.postings.get(term);
        if (list) list.push(doc);
        else this.postings.set(term, [doc]);
      }
    });
    this.averageLength = this.length.slice(0, pages).reduce((sum, n) => sum + n, 0) / Math.max(1, pages);
    for (let doc = pages; doc < this.size; doc++) this.length[doc] = Math.max(this.length[doc], this.averageLength);
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Inverse document frequency (BM25's, floored at a small positive value); an unseen term gets the highest. */
  idf(term: string): number {
    const n = this.postings.get(term)?.length ?? 0;
    return Math.max(0.05, Math.log(1 + (this.size - n + 0.5) / (n + 0.5)));
  }

  contains(doc: number, term: string): boolean {
    return this.tf[doc].has(term);
  }

  /** Scores of every document with at least one of the terms (a term weighted by how often the query says it). */
  score(query: Map<string, number>): Map<number, number> {
    const scores = new Map<number, number>();
    for (const [term, queryWeight] of query) {
      const docs = this.postings.get(term);
      if (!docs) continue;
      const idf = this.idf(term);
      for (const doc of docs) {
        const tf = this.tf[doc].get(term)!;
        const norm = k1 * (1 - b + (b * this.length[doc]) / this.averageLength);
        scores.set(doc, (scores.get(doc) ?? 0) + queryWeight * idf * ((tf * (k1 + 1)) / (tf + norm)));
      }
    }
    return scores;
  }

  /** Every term of the corpus (for typo correction). */
  vocabulary(): string[] {
    return [...this.postings.keys()];
  }
}
