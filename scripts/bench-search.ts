/** npm run bench:search: query latency, index build time and index size, on the real corpus and on 10,000 entries. */
import { gzipSync } from "node:zlib";
import { loadContent } from "../lib/content/source";
import { locales } from "../lib/i18n";
import { indexedDocs, type IndexedDoc } from "../lib/search/documents";
import { SearchEngine } from "../lib/search/engine";
import { loadEvalCases } from "../lib/search/eval-cases";
import { serializeIndex } from "../lib/search/serialized-index";
import { syntheticDocs } from "../lib/search/synthetic";

const queries = loadEvalCases().map((c) => c.q);
const entries = loadContent();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function bench(label: string, docs: IndexedDoc[], locale: (typeof locales)[number], rounds: number) {
  let t = performance.now();
  const serialized = serializeIndex(docs, locale);
  const json = JSON.stringify(serialized);
  const buildMs = performance.now() - t;
  t = performance.now();
  const engine = new SearchEngine(JSON.parse(json));
  const loadMs = performance.now() - t;
  for (const q of queries) engine.search(q); // warm up
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const start = performance.now();
      engine.search(q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    [
      label.padEnd(22),
      `${String(docs.length).padStart(6)} entries`,
      `build ${buildMs.toFixed(0).padStart(5)} ms`,
      `load ${loadMs.toFixed(0).padStart(5)} ms`,
      `index ${kb(json.length).padStart(10)} raw ${kb(gzipSync(json).length).padStart(9)} gzip`,
      `query p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(2).padStart(6)} ms  (${times.length} queries)`,
    ].join(" | "),
  );
}

for (const locale of locales) bench(`real corpus (${locale})`, indexedDocs(entries, locale), locale, 10);
bench("generated (en)", syntheticDocs(indexedDocs(entries, "en"), 10_000, "en"), "en", 1);
