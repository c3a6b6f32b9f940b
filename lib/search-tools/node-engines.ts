import type { Entry } from "../content/entries";
import { loadSearchData } from "../content/search-data";
import { loadContent } from "../content/source";
import { locales, type Locale } from "../i18n";
import { buildSearchCorpora, buildSearchIndexes } from "../search/build";
import type { IndexedCorpus } from "../search/fields";
import { SearchEngine } from "../search/engine";
import type { SerializedIndex } from "../search/serialized-index";

/** The pages' searched text before it becomes index terms (for the MiniSearch baseline). */
export function nodeCorpora(entries: Entry[] = loadContent()): Record<Locale, IndexedCorpus> {
  return buildSearchCorpora(entries, loadSearchData(entries));
}

/** The indexes the build writes, built in-process. */
export function nodeIndexes(entries: Entry[] = loadContent()): Record<Locale, SerializedIndex> {
  return buildSearchIndexes(entries, loadSearchData(entries));
}

/** Engines for the CLI, the evaluation and the tests: the same index the build writes. */
export function nodeEngines(entries: Entry[] = loadContent()): Record<Locale, SearchEngine> {
  const indexes = nodeIndexes(entries);
  return Object.fromEntries(locales.map((l) => [l, new SearchEngine(indexes[l])])) as Record<Locale, SearchEngine>;
}
