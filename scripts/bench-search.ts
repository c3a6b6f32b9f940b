/**
 * npm run bench:search: query latency, engine load time and index size, on the real corpus (both
 * locales) and on 10,000 generated pages, over every query of the labeled set. Prints numbers; never fails on speed.
 */
import { gzipSync } from "node:zlib";
import { loadSearchData } from "../lib/content/search-data";
import { loadContent } from "../lib/content/source";
import { locales } from "../lib/i18n";
import { baselineTop } from "../lib/search-tools/baseline";
import { loadEvalCases, splits } from "../lib/search-tools/cases";
import { syntheticCorpus } from "../lib/search-tools/synthetic";
import { indexedCorpus } from "../lib/search/documents";
import type { IndexedCorpus } from "../lib/search/fields";
import { SearchEngine } from "../lib/search/engine";
import { serializeIndex } from "../lib/search/serialized-index";
import { figures } from "./figures";

const out = figures("bench:search");

const queries = splits.flatMap((s) => loadEvalCases(s)).map((c) => c.q);
const entries = loadContent();
const data = loadSearchData(entries);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Query times of `search` over every labeled query, `rounds` times, after one warm-up round; sorted. */
function queryTimes(search: (q: string) => unknown, rounds: number): number[] {
  for (const q of queries) search(q);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const t = performance.now();
      search(q);
      times.push(performance.now() - t);
    }
  }
  return times.sort((a, b) => a - b);
}

/** Median time of `build()` over `rounds` runs (after one warm-up when there are several), and what it built. */
function loadTime<T>(build: () => T, rounds: number): { ms: number; built: T } {
  let built = rounds > 1 ? build() : undefined;
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const t = performance.now();
    built = build();
    times.push(performance.now() - t);
  }
  return {
    ms: percentile(
      times.sort((a, b) => a - b),
      50,
    ),
    built: built as T,
  };
}

function bench(label: string, corpus: IndexedCorpus, locale: (typeof locales)[number], rounds: number) {
  const json = JSON.stringify(serializeIndex(corpus, locale));
  // The browser's load: parsing the fetched file and building the engine.
  const { ms: loadMs, built: engine } = loadTime(() => new SearchEngine(JSON.parse(json)), rounds);
  const times = queryTimes((q) => engine.search(q), rounds);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  out.log(
    [
      label.padEnd(20),
      `${String(corpus.docs.length).padStart(6)} pages`,
      `load ${loadMs.toFixed(0).padStart(5)} ms`,
      `index ${kb(json.length).padStart(10)} raw ${kb(gzipSync(json).length).padStart(9)} gzip`,
      `query p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(2).padStart(6)} ms  max ${times[times.length - 1].toFixed(1).padStart(6)} ms  (${times.length} queries)`,
    ].join(" | "),
  );
}

/** The reference in the same process: a plain MiniSearch index of the same pages (as eval:search's baseline). */
function benchReference(corpus: IndexedCorpus, locale: (typeof locales)[number], rounds: number) {
  // Its load too parses a fetched file (the pages it indexes) before building.
  const json = JSON.stringify(corpus);
  const { ms: loadMs, built: top } = loadTime(() => baselineTop({ [locale]: JSON.parse(json) as IndexedCorpus }), rounds);
  const times = queryTimes((q) => top({ id: "", kind: "", locale, expect: null, q }), rounds);
  out.log(
    `${`  reference: MiniSearch`.padEnd(20)} | ${"".padStart(12)} | load ${loadMs.toFixed(0).padStart(5)} ms | ${"".padStart(38)} | query p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(2).padStart(6)} ms  max ${times[times.length - 1].toFixed(1).padStart(6)} ms`,
  );
}

for (const locale of locales) {
  bench(`real (${locale})`, indexedCorpus(entries, locale, data), locale, 5);
  benchReference(indexedCorpus(entries, locale, data), locale, 5);
}
bench("generated (en)", syntheticCorpus(indexedCorpus(entries, "en", data), 10_000), "en", 1);
out.save();
