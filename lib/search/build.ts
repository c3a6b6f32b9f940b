import type { Entry } from "../content/entries";
import type { SearchData } from "../content/search-data";
import { locales, type Locale } from "../i18n";
import { indexedCorpus } from "./documents";
import type { IndexedCorpus } from "./fields";
import { serializeIndex, type SerializedIndex } from "./serialized-index";

/** One corpus per locale, each holding both languages' messages and phrases (cross-lingual search). */
export function buildSearchCorpora(entries: Entry[], data: SearchData): Record<Locale, IndexedCorpus> {
  return Object.fromEntries(locales.map((locale) => [locale, indexedCorpus(entries, locale, data)])) as Record<Locale, IndexedCorpus>;
}

/** The index files the build writes, one per locale. */
export function buildSearchIndexes(entries: Entry[], data: SearchData): Record<Locale, SerializedIndex> {
  const corpora = buildSearchCorpora(entries, data);
  return Object.fromEntries(locales.map((locale) => [locale, serializeIndex(corpora[locale], locale)])) as Record<Locale, SerializedIndex>;
}
