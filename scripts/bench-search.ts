/**
 * npm run bench:search: query latency, engine load time and index size, on the real corpus (both
 * locales) and on 10,000 generated pages, over every query of the labeled set. Prints numbers; never fails on speed.
 */
import { gzipSync } from "node:zlib";
import { loadSearchData } from "../lib/content/search-data";
import { loadContent } from "../lib/content/source";
import { locales } from "../lib/i18n";
import { loadEvalCases, splits } from "../lib/search-tools/cases";
import { syntheticCorpus } from "../lib/search-tools/synthetic";
import { indexedCorpus } from "../lib/search/documents";
import type { IndexedCorpus } from "../lib/search/fields";
import { SearchEngine } from "../lib/search/engine";
import { serializeIndex } from "../lib/search/serialized-index";
import { figures } from "./figures";

const out = figures("bench-search");

const queries = splits.flatMap((s) => loadEvalCases(s)).map((c) => c.q);
const entries = loadContent();
const data = loadSearchData(entries);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function bench(label: string, corpus: IndexedCorpus, locale: (typeof locales)[number], rounds: number) {
  const json = JSON.stringify(serializeIndex(corpus, locale));
  let t = performance.now();
  const engine = new SearchEngine(JSON.parse(json));
  const loadMs = performance.now() - t;
  for (const q of queries) engine.search(q); // warm up
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      t = performance.now();
      engine.search(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
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

for (const locale of locales) bench(`real (${locale})`, indexedCorpus(entries, locale, data), locale, 5);
bench("generated (en)", syntheticCorpus(indexedCorpus(entries, "en", data), 10_000), "en", 1);
out.save();
