import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/entries";
import { loadSearchData, searchDataPaths } from "@/lib/content/search-data";
import { loadContent } from "@/lib/content/source";

const entries = loadContent();

/** The real search data with one file replaced. */
function withFile(key: keyof typeof searchDataPaths, text: string) {
  const path = join(mkdtempSync(join(tmpdir(), "search-data-")), `${key}.json`);
  writeFileSync(path, text);
  return () => loadSearchData(entries, { ...searchDataPaths, [key]: path });
}

function problems(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("code catalogue and search phrases", () => {
  it("load as committed", () => {
    expect(loadSearchData(entries).codes.length).toBeGreaterThan(40);
  });
  it("fail naming the file on invalid JSON or a bad field", () => {
    expect(problems(withFile("codes", "[{"))).toEqual([expect.stringMatching(/codes\.json: cannot be read as JSON/)]);
    expect(problems(withFile("codes", '[{"code": "x y"}]')).join("\n")).toMatch(/codes\.json: 0\.code: letters and digits only/);
  });
  it("refuse a fix that is not a page, a code without a fix or an official link, and a page without phrases", () => {
    const code = { code: "UserErrorMadeUp", operation: "backup", reason: { en: "r", "zh-TW": "r" }, seen: ["https://example.com/"] };
    const catalogue = [
      ...loadSearchData(entries).codes,
      { ...code, fix: ["no-such-page"] },
      { ...code, code: "UserErrorMadeUpTwo", fix: [] },
    ];
    const found = problems(withFile("codes", JSON.stringify(catalogue))).join("\n");
    expect(found).toMatch(/UserErrorMadeUp: fix "no-such-page" is not a page id/);
    expect(found).toMatch(/UserErrorMadeUpTwo: a code without a fix needs "official"/);
    expect(problems(withFile("phrases", "{}")).join("\n")).toMatch(/phrases\.json: "fs-freeze-failed" has no en phrases/);
  });
  it("refuse another product's code that names no product, one that is also in the catalogue, and one with neither code nor message", () => {
    const others = loadSearchData(entries).otherWorkloads;
    const seen = ["https://example.com/"];
    const file = [
      ...others,
      { code: "UserErrorMadeUpProduct", workload: "no-such-product", seen },
      { code: "UserErrorFsFreezeFailed", workload: "mars-agent", seen },
    ];
    const found = problems(withFile("otherWorkloads", JSON.stringify(file))).join("\n");
    expect(found).toMatch(
      /otherWorkloads\.json: UserErrorMadeUpProduct: workload "no-such-product" is not an id of content\/search\/out-of-scope\.json/,
    );
    expect(found).toMatch(/otherWorkloads\.json: UserErrorFsFreezeFailed is also in the catalogue/);
    const twice = [...others, { ...others.find((o) => o.code)!, seen }];
    expect(problems(withFile("otherWorkloads", JSON.stringify(twice))).join("\n")).toMatch(/is listed twice/);
    expect(problems(withFile("otherWorkloads", JSON.stringify([{ code: "151025", workload: "site-recovery", seen }]))).join("\n")).toMatch(
      /0\.code: needs a letter/,
    );
    const products = loadSearchData(entries).outOfScope;
    expect(problems(withFile("outOfScope", JSON.stringify([...products, products[0]]))).join("\n")).toMatch(
      /"sql-server-in-vm" is listed twice/,
    );
    expect(problems(withFile("otherWorkloads", JSON.stringify([{ workload: "mars-agent", seen }]))).join("\n")).toMatch(
      /otherWorkloads\.json: 0: needs a code or a message/,
    );
  });
  it("refuse a log line of no page, one listed twice, and one that is mostly placeholder", () => {
    const seen = ["https://example.com/"];
    const line = { text: "Failed to freeze {…} filesystem", entry: "fs-freeze-failed", seen };
    const file = [line, line, { ...line, text: "Made up {…} line of no page", entry: "no-such-page" }];
    const found = problems(withFile("logLines", JSON.stringify(file))).join("\n");
    expect(found).toMatch(/logLines\.json: "Failed to freeze \{…\} filesystem" is listed twice/);
    expect(found).toMatch(/logLines\.json: "Made up \{…\} line of no page": entry "no-such-page" is not a page id/);
    const refused = (fields: object) => problems(withFile("logLines", JSON.stringify([{ ...line, ...fields }]))).join("\n");
    expect(refused({ text: "x{…}          y{…} failed" })).toMatch(/logLines\.json: 0\.text: needs at least 12 characters besides \{…\}/);
    expect(refused({ text: "Failed to freeze {...} filesystem" })).toMatch(/0\.text: writes a placeholder other than \{…\}/);
    expect(refused({ text: "Failed to freeze {…} filesystem " })).toMatch(/0\.text: has spaces at an end/);
    expect(refused({ seen: ["javascript:alert(1)"] })).toMatch(/0\.seen\.0: must be a public web address/);
  });
});
