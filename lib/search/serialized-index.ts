import type { Locale } from "../i18n";
import type { IndexedCorpus } from "./fields";

/**
 * The static file the browser fetches on first search: the display docs, the searched text of
 * each page and of what the portal does not cover (other products named in the page's language), and the code catalogue. Term statistics are
 * computed when the engine loads (a few milliseconds for the real corpus), which keeps the file small.
 */
/** The shape's version: a page of one build must not read another build's index (a tab left open across a deploy). */
export const indexVersion = 3;

export interface SerializedIndex extends IndexedCorpus {
  version: typeof indexVersion;
  locale: Locale;
}

export function serializeIndex(corpus: IndexedCorpus, locale: Locale): SerializedIndex {
  return { version: indexVersion, locale, ...corpus };
}
