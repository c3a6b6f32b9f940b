import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { searchEngineChunk } from "@/lib/search-engine-chunk";

/** An export folder whose chunks are the given files. */
function exportWith(files: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), "engine-chunk-"));
  const chunks = join(out, "_next", "static", "chunks");
  mkdirSync(chunks, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(chunks, name), text);
  return out;
}

const engine = "throw new Error(`search index: version ${v}, this page reads ${w}`)";

describe("the search engine's chunk", () => {
  it("is the one chunk holding the engine's code; its compressed copies are not chunks", () => {
    const out = exportWith({ "a.js": "framework", "b.js": engine, "b.js.br": engine, "b.js.gz": engine });
    expect(searchEngineChunk(out)).toBe("/_next/static/chunks/b.js");
  });

  it("fails the build when no chunk or more than one holds it", () => {
    expect(() => searchEngineChunk(exportWith({ "a.js": "framework" }))).toThrow(/found 0/);
    expect(() => searchEngineChunk(exportWith({ "a.js": engine, "b.js": engine }))).toThrow(/found 2: a.js, b.js/);
  });
});
