import type { Locale } from "../i18n";
import { fieldKeys, type IndexedCorpus, type OtherProduct, type SearchDoc, type SearchRecord } from "./fields";
import type { CodeRef } from "./codes";
import { han } from "./normalize";
import { cleanSegment, verbatimForm } from "./query";
import { indexTerms } from "./terms";

/**
 * The static file the browser fetches on first search: the display docs, the index terms of each
 * page and of what the portal does not cover (other products named in the page's language), and
 * the code catalogue. The terms are computed here, at build time: tokenizing the whole corpus in
 * the browser took most of the engine's load (about a quarter of a second on a laptop, four times
 * that on a phone), and the terms are smaller than the text they come from.
 */
/** The shape's version (and its tokenizer's): a page of one build must not read another build's index (a tab left open across a deploy). */
export const indexVersion = 8;

// The tokenizer's Chinese (all in the Basic Multilingual Plane, so one character is one code unit).
const hanPair = new RegExp(`^[${han}]{2}$`);
const hanRun = new RegExp(`^[${han}]{3,}$`);

/**
 * A field's terms as stored: Chinese is indexed as overlapping character pairs ("備份 份擴 擴充"),
 * which are written as the run they come from ("備份擴充"), much shorter. No term is
 * a run of three Chinese characters or more, so a run is read back as exactly those pairs.
 */
export function packTerms(words: string[]): string {
  const out: string[] = [];
  for (const word of words) {
    const last = out[out.length - 1];
    if (last !== undefined && hanPair.test(word) && (hanPair.test(last) || hanRun.test(last)) && last.endsWith(word[0])) {
      out[out.length - 1] = last + word[1];
    } else out.push(word);
  }
  return out.join(" ");
}

/** The terms of a stored field (see `packTerms`). */
export function unpackTerms(field: string): string[] {
  if (!field) return [];
  return field.split(" ").flatMap((word) => {
    if (!hanRun.test(word)) return [word];
    const pairs: string[] = [];
    for (let i = 0; i + 1 < word.length; i++) pairs.push(word.slice(i, i + 2));
    return pairs;
  });
}

/** A row's index terms, field by field, each field's words joined by spaces (the pairs of adjacent words are derived on load). */
export type FieldTerms = Record<keyof SearchRecord, string>;

/** A page's message (shown and highlighted), what the service prints for it, and its terms. */
export interface SerializedPage {
  message: string;
  /** What the service prints for it, in its word-for-word form (`verbatimForm`), cleaned as a pasted line is. */
  printed: string[];
  terms: FieldTerms;
}

/** Something the portal has no fix for (see `OutOfScopeRecord`), as its terms. */
export interface SerializedOutOfScope {
  code?: string;
  product?: string;
  terms: FieldTerms;
}

export interface SerializedIndex {
  version: typeof indexVersion;
  locale: Locale;
  /** As in the corpus, but each section's `start` is where it starts in the body's terms. */
  docs: SearchDoc[];
  records: SerializedPage[];
  outOfScope: SerializedOutOfScope[];
  products: OtherProduct[];
  codes: CodeRef[];
}

function fieldTerms(record: Partial<SearchRecord>): FieldTerms {
  return Object.fromEntries(fieldKeys.map((key) => [key, packTerms(indexTerms(record[key] ?? ""))])) as FieldTerms;
}

export function serializeIndex(corpus: IndexedCorpus, locale: Locale): SerializedIndex {
  const docs = corpus.docs.map((doc, i) => {
    const body = corpus.records[i].body;
    // Headings start at a line's start, so the text before one tokenizes alone: its term count is where the heading's terms begin.
    return doc.sections ? { ...doc, sections: doc.sections.map((s) => ({ ...s, start: indexTerms(body.slice(0, s.start)).length })) } : doc;
  });
  return {
    version: indexVersion,
    locale,
    docs,
    records: corpus.records.map(({ message, printed, ...text }) => ({
      message,
      // Cleaned as a pasted line is (labels, addresses, markup), so a message quoted with those inside still meets itself.
      printed: printed.map((m) => verbatimForm(cleanSegment(m))).filter(Boolean),
      terms: fieldTerms({ message, ...text }),
    })),
    outOfScope: corpus.outOfScope.map(({ code, product, message, phrases }) => ({
      ...(code && { code }),
      ...(product && { product }),
      // A code is a word of its message: the engine puts it back on load (it is stored once, as `code`).
      terms: fieldTerms({ message, phrases }),
    })),
    products: corpus.products,
    codes: corpus.codes,
  };
}
