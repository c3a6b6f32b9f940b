/**
 * Runs after `next build`: starts every exported page's framework scripts after its first paint
 * (but those of "/", which needs them at once; a search link's with its engine), gives it its script policy
 * (the hashes of its own inline scripts, the loader's included), then writes .br and .gz beside
 * every text file so servers send them as they are.
 * `tsx scripts/postbuild.ts DIR --bare` gives another export (Lighthouse's reference page) the
 * policy and compression only, so it stays the bare Next.js page it is measured as.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { exportPages, routeOf } from "../lib/export-pages";
import { withPagePolicy } from "../lib/page-csp";
import { withScriptsAfterPaint } from "../lib/scripts-after-paint";
import { searchEngineChunk } from "../lib/search-engine-chunk";

const args = process.argv.slice(2);
const bare = args.includes("--bare");
const out = args.find((a) => !a.startsWith("--")) ?? join(process.cwd(), "out");
const files = readdirSync(out, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name));

const pages = files.filter((f) => f.endsWith(".html"));
// "/" needs its scripts at once: its job is to forward to the reader's language. The search page
// waits for the first paint like any page (a shared link's query is in the box from the start,
// lib/shared-query.ts); on a search link it then fetches the engine with the framework, not after
// the page has hydrated.
const route = new Map(exportPages(out).map(([path, file]) => [file, routeOf(path)]));
const engine = bare ? [] : [searchEngineChunk(out)];
for (const page of pages) {
  const html = readFileSync(page, "utf8");
  const at = route.get(page);
  const loaded = bare || at === "/" ? html : withScriptsAfterPaint(html, at === "/[locale]/search" ? engine : []);
  writeFileSync(page, withPagePolicy(loaded));
}

const compressible = /\.(html|js|css|json|txt|xml|svg|webmanifest)$/;
let compressed = 0;
for (const file of files.filter((f) => compressible.test(f) && statSync(f).size >= 1024)) {
  const data = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  );
  compressed++;
}
console.log(
  `postbuild: ${bare ? "" : "scripts after paint and "}script policy on ${pages.length} pages; ${compressed} files precompressed (.br, .gz)`,
);
