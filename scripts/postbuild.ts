/**
 * Runs after `next build`: gives every exported page its script policy (the hashes of its own
 * inline scripts), then writes .br and .gz beside every text file so servers send them as they are.
 * `tsx scripts/postbuild.ts DIR` does the same to another export (Lighthouse's reference page).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { withPagePolicy } from "../lib/page-csp";

const out = process.argv[2] ?? join(process.cwd(), "out");
const files = readdirSync(out, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name));

const pages = files.filter((f) => f.endsWith(".html"));
for (const page of pages) writeFileSync(page, withPagePolicy(readFileSync(page, "utf8")));

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
console.log(`postbuild: script policy on ${pages.length} pages; ${compressed} files precompressed (.br, .gz)`);
