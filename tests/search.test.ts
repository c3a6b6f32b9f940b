import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/source";
import { indexedDocs } from "@/lib/search/documents";
import { SearchEngine, candidateCount } from "@/lib/search/engine";
import { loadEvalCases } from "@/lib/search/eval-cases";
import { evaluateSearch } from "@/lib/search/evaluate";
import { nodeEngines } from "@/lib/search/node-engines";
import { tokenize } from "@/lib/search/normalize";
import { limits, understandQuery } from "@/lib/search/query";
import { serializeIndex } from "@/lib/search/serialized-index";
import { syntheticDocs } from "@/lib/search/synthetic";

const engines = nodeEngines();
const top = (q: string, locale: "en" | "zh-TW" = "en") => engines[locale].search(q).hits.map((h) => h.doc.id);
const cases = loadEvalCases();

describe("the labeled query set", () => {
  const report = evaluateSearch(engines, cases);
  it("finds the right fix first for at least 95% of pastes", () => {
    expect(report.positives.top1 / report.positives.total).toBeGreaterThanOrEqual(0.95);
  });
  it("rejects every unrelated error", () => {
    expect(report.negatives.rejected).toBe(report.negatives.total);
  });
  it("covers every kind of paste the portal promises to handle", () => {
    const kinds = new Set(cases.map((c) => c.kind));
    for (const kind of ["message-en", "message-zh", "code", "json", "powershell", "portal", "log", "fullwidth", "typo", "fragment", "cross-lingual", "guide", "negative"]) {
      expect(kinds, kind).toContain(kind);
    }
  });
});

describe("golden pastes", () => {
  for (const c of cases.filter((c) => c.name.startsWith("pastes/"))) {
    it(`${c.name} → ${c.expect ?? "no match"}`, () => {
      const hits = engines[c.locale].search(c.q).hits;
      if (c.expect) expect(hits[0]?.doc.id).toBe(c.expect);
      else expect(hits).toEqual([]);
    });
  }
});

describe("codes", () => {
  it("ranks the entry of an exact code first, with the code reported", () => {
    const response = engines.en.search("job failed with UserErrorFsFreezeFailed on mount");
    expect(response.hits[0].doc.id).toBe("fs-freeze-failed");
    expect(response.hits[0].code).toBe("UserErrorFsFreezeFailed");
    expect(response.query.codes).toEqual(["UserErrorFsFreezeFailed"]);
  });
  it("returns every entry a shared code belongs to", () => {
    expect(top("ExtensionInstallationFailedMDTC").sort()).toEqual(["extension-install-com-msdtc", "snapshot-extension-com-msdtc"]);
  });
  it("is stricter when the paste names only codes of other products", () => {
    expect(top("Windows Update failed to install. Error code 0x80070643")).toEqual([]);
  });
});

describe("guides", () => {
  it("link to the part of the guide that answers the question", () => {
    expect(engines.en.search("how do I check the VM agent version").hits[0].url).toBe("/en/guides/vm-agent#validating-vm-agent-installation");
    expect(engines.en.search("update the Linux VM agent").hits[0].url).toBe("/en/guides/vm-agent#updating-the-vm-agent");
    expect(engines["zh-TW"].search("如何檢查 VM 代理程式版本").hits[0].url).toBe("/zh-TW/guides/vm-agent#validating-vm-agent-installation");
  });
  it("link error entries to their page", () => {
    expect(engines.en.search("UserErrorFsFreezeFailed").hits[0].url).toBe("/en/backup/fs-freeze-failed");
  });
});

describe("cross-lingual", () => {
  it("finds an English paste from the zh-TW site, linking to the zh-TW page", () => {
    const hit = engines["zh-TW"].search("Snapshot operation failed due to VSS Writers in bad state").hits[0];
    expect(hit.doc.url).toBe("/zh-TW/backup/vss-writers-bad-state");
    expect(hit.doc.title).toContain("VSS");
  });
});

describe("privacy", () => {
  const paste = [
    "Backup item: iaasvmcontainerv2;rg-prod;payroll-db-01",
    "Activity ID: 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
    "Target: /subscriptions/4a1c2d3e-5f60-4789-8abc-def012345678/resourceGroups/rg-prod/providers/Microsoft.Compute/virtualMachines/payroll-db-01",
    "Contact admin@contoso.com, host payroll-db-01.corp.contoso.com (10.1.2.3)",
    "Restore of payroll-db-01 failed: Restore failed with Cloud Internal error",
  ].join("\n");
  const response = engines.en.search(paste);
  it("still finds the fix", () => expect(response.hits[0].doc.id).toBe("cloud-internal-error"));
  it("drops ids, names, addresses and hosts from what it shares", () => {
    for (const secret of ["payroll", "rg-prod", "4a1c2d3e", "3f2504e0", "contoso", "10.1.2.3", "admin@", "subscriptions"]) {
      expect(response.searched).not.toContain(secret);
    }
    expect(response.searched).toContain("Restore failed with Cloud Internal error");
  });
  it("gives the same results when the shared text is searched again", () => {
    for (const c of cases) {
      const first = engines[c.locale].search(c.q);
      const again = engines[c.locale].search(first.searched);
      expect(again.hits.map((h) => h.doc.id), c.name).toEqual(first.hits.map((h) => h.doc.id));
    }
  });
});

describe("bad input", () => {
  it("bounds the work on a huge paste", () => {
    const huge = "x".repeat(60_000) + "\n" + "Snapshot operation failed due to VSS Writers in bad state\n".repeat(2000);
    const query = understandQuery(huge, engines.en.knownCodes);
    expect(query.truncated).toBe(true);
    expect(query.segments.length).toBeLessThanOrEqual(limits.segments);
    expect(query.segments.every((s) => s.length <= limits.segmentChars)).toBe(true);
  });
  it("survives binary, markup, operators, emoji and right-to-left text", () => {
    for (const q of ["\u0000\u0001\u0002\uFFFD\uFFFD", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "!^='| $ vss", "🔥💾 備份", "שגיאת גיבוי", "", "   "]) {
      expect(() => engines.en.search(q)).not.toThrow();
    }
    expect(top("!vss ^writers =bad 'state | snapshot")).toContain("vss-writers-bad-state");
  });
});

describe("tokenizer", () => {
  it("segments Chinese and joins unknown single characters to their word", () => {
    expect(tokenize("金鑰保存庫 權限不足")).toEqual(["金鑰", "保存庫", "權限", "不足"]);
  });
  it("folds width and case, drops stopwords", () => {
    expect(tokenize("ＶＳＳ Writers in BAD state")).toEqual(["vss", "writers", "bad", "state"]);
  });
});

describe("large corpus", () => {
  it(`ranks ${candidateCount} pre-selected candidates of a large corpus and still finds the fix`, () => {
    const real = indexedDocs(loadContent(), "en");
    const engine = new SearchEngine(serializeIndex(syntheticDocs(real, 2_000, "en"), "en"));
    expect(engine.size).toBe(2_000);
    expect(engine.search("Snapshot operation failed due to VSS Writers in bad state").hits[0].doc.id).toBe("vss-writers-bad-state");
    expect(engine.search("UserErrorFsFreezeFailed").hits[0].doc.id).toBe("fs-freeze-failed");
  }, 60_000); // builds a 2,000-entry index: seconds on a busy 2-core machine, the only test that needs more than the default
});
