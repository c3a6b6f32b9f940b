import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** A string only the search engine's own code holds (lib/search/client.ts checks the index version with it). */
const engineMarker = "search index: version";

/**
 * The site path of the chunk holding the search engine, which Next.js splits off because the
 * search hook imports it dynamically. Throws unless exactly one chunk holds it: the marker or the
 * chunking changed, and the search page would preload the wrong file or none.
 */
export function searchEngineChunk(outDir: string): string {
  const dir = join(outDir, "_next", "static", "chunks");
  const found = readdirSync(dir)
    .filter((f) => f.endsWith(".js") && readFileSync(join(dir, f), "utf8").includes(engineMarker))
    .sort();
  if (found.length !== 1) throw new Error(`expected one chunk holding the search engine, found ${found.length}: ${found.join(", ")}`);
  return `/_next/static/chunks/${found[0]}`;
}
