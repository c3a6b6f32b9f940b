import type { Entry } from "../content/entries";
import type { SearchData } from "../content/search-data";
import { locales, type Locale } from "../i18n";
import { indexedCorpus } from "./documents";
import { serializeIndex, type SerializedIndex } from "./serialized-index";

/** One index per locale, each holding both languages' messages and phrases (cross-lingual search). */
export function buildSearchIndexes(entries: Entry[], data: SearchData): Record<Locale, SerializedIndex> {
  return Object.fromEntries(locales.map((locale) => [locale, serializeIndex(indexedCorpus(entries, locale, data), locale)])) as Record<
    Locale,
    SerializedIndex
  >;
}
