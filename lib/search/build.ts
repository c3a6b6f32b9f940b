import type { Entry } from "../content/entries";
import { locales, type Locale } from "../i18n";
import { indexedDocs } from "./documents";
import { serializeIndex, type SerializedIndex } from "./serialized-index";

/** One index per locale, each holding both languages' text (cross-lingual search). */
export function buildSearchIndexes(entries: Entry[]): Record<Locale, SerializedIndex> {
  return Object.fromEntries(locales.map((locale) => [locale, serializeIndex(indexedDocs(entries, locale), locale)])) as Record<Locale, SerializedIndex>;
}
