import type { Locale } from "../i18n";
import { fieldKeys, fieldSeparator, type IndexedCorpus, type OtherProduct, type SearchDoc, type SearchRecord } from "./fields";
import type { CodeRef } from "./codes";
import { indexTerms } from "./terms";

/**
 * The static file the browser fetches on first search: the display docs, the index terms of each
 * page and of what the portal does not cover (other products named in the page's language), and
 * the code catalogue. The terms are computed here, at build time: tokenizing the whole corpus in
 * the browser took most of the engine's load (about a quarter of a second on a laptop, four times
 * that on a phone), and the terms are smaller than the text they come from.
 */
/** The shape's version (and its tokenizer's): a page of one build must not read another build's index (a tab left open across a deploy). */
export const indexVersion = 5;

/** A row's index terms, field by field, each field's words joined by spaces (the pairs of adjacent words are derived on load). */
export type FieldTerms = Record<keyof SearchRecord, string>;

/** A page's message (shown and highlighted), what the service prints for it, and its terms. */
export interface SerializedPage {
  message: string;
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
  return Object.fromEntries(fieldKeys.map((key) => [key, indexTerms(record[key] ?? "").join(" ")])) as FieldTerms;
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
    records: corpus.records.map(({ message, printed, ...text }) => ({ message, printed, terms: fieldTerms({ message, ...text }) })),
    outOfScope: corpus.outOfScope.map(({ code, product, message, phrases }) => ({
      ...(code && { code }),
      ...(product && { product }),
      // A code is a word of its message.
      terms: fieldTerms({ message: [code, message].filter(Boolean).join(fieldSeparator), phrases }),
    })),
    products: corpus.products,
    codes: corpus.codes,
  };
}
