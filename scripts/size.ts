/**
 * npm run size: first-load JavaScript (gzip) of every exported page, grouped by route, and the
 * size of each locale's search index. Fails when a page or an index exceeds its budget, when fuse.js
 * is part of a page's first load or the search index of a content page's (search code is loaded on
 * first search, or once painted on a search link, whose results need it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { exportPages, routeOf } from "../lib/export-pages";
import { locales } from "../lib/i18n";
import { searchIndexPath } from "../lib/search/index-url";
import { scriptsStartedAfterPaint } from "../lib/scripts-after-paint";
import { searchEngineChunk } from "../lib/search-engine-chunk";

const outDir = join(process.cwd(), "out");
const budgetKb = 150;
/** The search index each locale fetches on first search (gzip, as bench:search measures it). */
const indexBudgetKb = 60;
/** A string only fuse.js's own code contains: its presence in a chunk means fuse.js is in it. */
const fuseMarker = "Fuse.match does not support useTokenSearch";

const chunkCache = new Map<string, { gzip: number; fuse: boolean }>();
function chunk(src: string) {
  let info = chunkCache.get(src);
  if (!info) {
    const text = readFileSync(join(outDir, src.split("?")[0]));
    info = { gzip: gzipSync(text, { level: 9 }).length, fuse: text.includes(fuseMarker) };
    chunkCache.set(src, info);
  }
  return info;
}

const problems: string[] = [];
const engine = searchEngineChunk(outDir);
if (!chunk(engine).fuse) problems.push(`${engine} holds the search engine but not fuse.js: update scripts/size.ts`);
const byRoute = new Map<string, { pages: number; max: number; min: number }>();
for (const [path, file] of exportPages(outDir)) {
  const html = readFileSync(file, "utf8");
  // noModule scripts are legacy polyfills that modern browsers skip.
  const tags = [...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
  const preloads = [...html.matchAll(/<link[^>]+as="script"[^>]+href="(\/_next\/static\/[^"]+\.js)"/g)];
  const afterPaint = scriptsStartedAfterPaint(html);
  const scripts = new Set([...tags, ...preloads].map((m) => m[1]).concat(afterPaint.firstLoad));
  // A page with no first-load script at all means the markup was not read (or the loader's list was not): not a pass.
  if (scripts.size === 0) problems.push(`${path}: no first-load scripts found; update scripts/size.ts`);
  const route = routeOf(path);
  const searchPage = route === "/[locale]/search";
  let total = 0;
  for (const src of scripts) {
    const info = chunk(src);
    total += info.gzip;
    if (info.fuse) problems.push(`${path}: fuse.js is in its first load (${src})`);
  }
  // A search link's results need the engine: the search page's loader preloads it then (and only then).
  if (searchPage && !afterPaint.forSearch.includes(engine)) problems.push(`${path}: a search link does not fetch the engine once painted`);
  if (!searchPage && afterPaint.forSearch.length > 0)
    problems.push(`${path}: fetches ${afterPaint.forSearch.join(", ")} for a search link`);
  // Only the search page itself preloads the index (it searches at once); content pages never do.
  if (!searchPage && /\/search\/(en|zh-TW)\.json/.test(html)) problems.push(`${path}: the search index is referenced by the page`);
  const kb = total / 1024;
  if (kb > budgetKb) problems.push(`${path}: ${kb.toFixed(1)} KB first-load JS exceeds ${budgetKb} KB`);
  const entry = byRoute.get(route) ?? { pages: 0, max: 0, min: Infinity };
  byRoute.set(route, { pages: entry.pages + 1, max: Math.max(entry.max, kb), min: Math.min(entry.min, kb) });
}

console.log("route".padEnd(30), "pages".padStart(6), "first-load JS (gzip)".padStart(24));
for (const [route, { pages, min, max }] of [...byRoute].sort()) {
  console.log(route.padEnd(30), String(pages).padStart(6), `${min.toFixed(1)}–${max.toFixed(1)} KB`.padStart(24));
}
console.log(
  `fuse.js and the engine are loaded on first search, or once painted on a search link: ${engine} (${(chunk(engine).gzip / 1024).toFixed(1)} KB)`,
);
console.log(`budget ${budgetKb} KB per page; a page loading fuse.js first fails`);
const indexKb = locales.map((locale) => {
  const kb = gzipSync(readFileSync(join(outDir, searchIndexPath(locale)))).length / 1024;
  if (kb > indexBudgetKb) problems.push(`${searchIndexPath(locale)}: ${kb.toFixed(1)} KB gzip exceeds ${indexBudgetKb} KB`);
  return `${locale} ${kb.toFixed(1)} KB`;
});
console.log(`search index (gzip): ${indexKb.join(", ")}; budget ${indexBudgetKb} KB per locale`);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
