import type { Entry } from "../content/entries";
import { loadContent } from "../content/source";
import { locales, type Locale } from "../i18n";
import { buildSearchIndexes } from "./build";
import { SearchEngine } from "./engine";

/** Engines for the CLI, the evaluation and the tests: the same index the build writes, built in-process. */
export function nodeEngines(entries: Entry[] = loadContent()): Record<Locale, SearchEngine> {
  const indexes = buildSearchIndexes(entries);
  return Object.fromEntries(locales.map((l) => [l, new SearchEngine(indexes[l])])) as Record<Locale, SearchEngine>;
}
