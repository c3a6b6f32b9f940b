import { describe, expect, it } from "vitest";
import { applyCorrections, applyGlossary, correctionProblems, glossaryReplacements } from "@/lib/article/editorial";
import { stepShape } from "@/lib/content/mdx-tree";
import { source } from "@/lib/content/source";
import { zhTW } from "@/lib/dictionaries/zh-TW";
import { typesetZh, typographyProblem } from "@/lib/text/zh-typography";
import { articleFiles, articleMarkdown, rawRows, rawSections } from "./article-fixture";

const { glossary, corrections } = articleFiles.editorial;
const replacements = glossaryReplacements(glossary);
const corrected = applyCorrections(articleMarkdown, corrections);

/** Letters, digits and the full stop: what a sentence says, whatever its markup, spacing or punctuation width. */
const squeeze = (text: string) =>
  text
    .replace(/︰/g, ":")
    .normalize("NFKC")
    .replace(/\]\((?:[^()]|\([^()]*\))*\)/g, "") // link targets
    .replace(/\*\*|\\\|/g, (m) => (m === "**" ? "" : "|"))
    .replace(/[\s`'"“”「」()[\]\\_,:;*>#-]/g, "");

/** The sentences of a cell or section as the article writes them, split at full stops and line breaks. */
function sentences(markdown: string): string[] {
  return markdown
    .replace(/<a name="[^"]*"><\/a>/g, "")
    .replace(/<[^>]+>|\[!NOTE\]|\[!div[^\]]*\]/g, "\n")
    .split(/(?<=。)|\n/)
    .map((s) => s.replace(/^\s*(?:[-*>]|\d+\.|#+)\s*/, "").trim())
    .filter((s) => s !== "" && !/^\(?或\)?$/.test(s) && s !== "None" && !/^```/.test(s));
}

const pageText = (section: string, row?: number) => {
  const entry = source.entries("zh-TW").find((e) => e.source.section === section && e.source.row === row);
  if (!entry) throw new Error(`no zh-TW entry for ${section} ${row ?? ""}`);
  return squeeze(entry.text);
};

describe("every sentence of the article is on its zh-TW page, as written or through a recorded correction", () => {
  it("in every table row", () => {
    let count = 0;
    for (const raw of rawRows(corrected)) {
      const page = pageText(raw.section, raw.row);
      for (const sentence of sentences(raw.workaround)) {
        expect(page, `${raw.section} row ${raw.row}: ${sentence}`).toContain(squeeze(applyGlossary(sentence, replacements)));
        count++;
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it("in every guide", () => {
    const sections = rawSections(corrected);
    expect([...sections.keys()]).toEqual(["backup-or-restore-taking-time", "vm-agent", "troubleshoot-vm-snapshot-issues", "networking"]);
    for (const [anchor, markdown] of sections) {
      const page = pageText(anchor);
      for (const sentence of sentences(markdown)) {
        expect(page, `${anchor}: ${sentence}`).toContain(squeeze(applyGlossary(sentence, replacements)));
      }
    }
  });

  it("and each correction is what the page says instead of the article's sentence", () => {
    const all = source
      .entries("zh-TW")
      .map((e) => squeeze(e.text))
      .join("\n");
    for (const c of corrections) {
      expect(all, c.corrected).toContain(squeeze(applyGlossary(c.corrected, replacements)));
      if (squeeze(c.article) !== squeeze(c.corrected))
        expect(all, c.article).not.toContain(squeeze(applyGlossary(c.article, replacements)));
    }
  });
});

describe("the corrections file", () => {
  it("names sentences the article has, each with a reason", () => {
    expect(correctionProblems(articleMarkdown, corrections)).toEqual([]);
    for (const c of corrections) expect(c.why.length).toBeGreaterThan(10);
  });
  it("is caught when the article no longer has a corrected sentence", () => {
    const changed = articleMarkdown.replace("對於所有可能性而言，作業幾乎已完成。", "作業即將完成。");
    expect(correctionProblems(changed, corrections)).toEqual([expect.stringContaining("對於所有可能性而言")]);
    expect(() => applyCorrections(changed, corrections)).toThrow(/corrections\.zh-TW\.json/);
  });
  it("fixes the mistranslations a Taiwanese engineer notices at once", () => {
    const text = (id: string) => source.byId("zh-TW", id)!.text;
    expect(text("fs-freeze-failed")).toContain("檔案系統狀態不是 clean 的裝置");
    expect(text("vm-agent-snapshot-status")).not.toContain("擲回");
    expect(text("job-not-cancelable")).toContain("作業很可能即將完成");
  });
  it("links the section zh-TW backup row 3 refers to", () => {
    expect(source.byId("zh-TW", "recovery-services-extension-failed")!.body).toContain(
      "[更新 VM 代理程式](/zh-TW/guides/vm-agent#updating-the-vm-agent)",
    );
  });
});

describe("the glossary", () => {
  it("leaves none of its variants in zh-TW prose, and one term for each thing", () => {
    const prose = source
      .entries("zh-TW")
      .map((e) => `${e.title} ${e.summary} ${e.text}`)
      .join("\n");
    for (const [variant] of replacements) expect(prose, variant).not.toContain(variant);
    for (const term of ["擴充功能", "快照", "檔案總管", "VM 代理程式", "掛接"]) expect(prose).toContain(term);
  });
  it("holds for the zh-TW interface too (the search example quotes a message as the service prints it)", () => {
    const { placeholder, ...search } = zhTW.search;
    expect(placeholder).toContain("快照集作業失敗");
    const text = JSON.stringify({ ...zhTW, search });
    for (const [variant] of replacements) expect(text, variant).not.toContain(variant);
  });
  it("never rewrites the service's own messages", () => {
    expect(source.byId("zh-TW", "config-parsing-failure")!.errors).toEqual(["快照集作業失敗，因為組態的剖析失敗"]);
  });
});

describe("Taiwan typography", () => {
  it("sets full-width punctuation, drops spaces after full stops, and spaces CJK from Latin", () => {
    expect(typesetZh("Azure 備份服務沒有足夠的 Key Vault權限")).toBe("Azure 備份服務沒有足夠的 Key Vault 權限");
    expect(typesetZh("權限已變更︰")).toBe("權限已變更：");
    expect(typesetZh("發生暫時性問題。 請檢查")).toBe("發生暫時性問題。請檢查");
    expect(typesetZh('重新啟動 Windows 服務 "COM+ System Application" 後')).toBe("重新啟動 Windows 服務「COM+ System Application」後");
    expect(typesetZh("任何額外 (預設值以外) 的使用者物件")).toBe("任何額外（預設值以外）的使用者物件");
    expect(typesetZh("錯誤碼:")).toBe("錯誤碼：");
    expect(typesetZh("Microsoft Learn, 採用 CC BY 4.0 授權.")).toBe("Microsoft Learn，採用 CC BY 4.0 授權。");
  });
  it("holds for every zh-TW string of the interface", () => {
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === "string") strings.push(value);
      else if (typeof value === "function") strings.push(String(value.length === 1 ? value("2017-04-24") : value("備份", 19)));
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(zhTW);
    const offenders = strings.filter((s) => typographyProblem(s) !== undefined).map((s) => `${s} → ${typesetZh(s)}`);
    expect(offenders).toEqual([]);
  });
});

describe("English that says what the article says", () => {
  const en = (id: string) => source.byId("en", id)!;
  it("keeps the article's hedges", () => {
    expect(en("vm-agent-snapshot-status").text).toContain("Sometimes an incorrect VM state can cause problems");
    expect(en("copying-vhds-timed-out").text).toContain("Try moving the VM to another storage account");
    expect(en("backup-internal-error").text).toContain("retry the backup immediately");
    expect(en("snapshot-extension-com-msdtc").text).toMatch(/^Try restarting the Windows service/);
    expect(en("fs-freeze-failed").text).toContain("Mount the devices again and try the backup.");
  });
  it("adds no claims in the summaries of backup rows 11 and 19", () => {
    expect(en("vm-state-prevents-backup").summary).not.toMatch(/blocks/);
    expect(en("fs-freeze-failed").summary).not.toMatch(/is not clean;/);
  });
  it("keeps cause and failure the right way round in the titles of backup rows 20 and 21", () => {
    expect(en("secure-channel-failure").title).toMatch(
      /^Snapshot operation failed because creating a secure network communication channel failed$/,
    );
    expect(en("vc-redist-install-failure").title).toMatch(/^Snapshot operation failed because installing the Visual C\+\+ Redistributable/);
  });
});

describe("the structure of every page, reviewed against the article", () => {
  // [article place, steps (n{k} = one step with k options, n(…) = sub-steps), causes (R = with its own remedy), has a single <Cause>]
  const reviewed: [string, string, string, boolean][] = [
    ["backup 1", "1{2}", "", true], // recreate the VM, or stop protection: one choice
    ["backup 2", "1,2", "", true], // debug snapshot issues; if the agent is not the cause, restart
    ["backup 3", "1", "", true],
    ["backup 4", "1{2}", "", true],
    ["backup 5", "1", "", true],
    ["backup 6", "1,2", "", true],
    ["backup 7", "", "RR", false], // transient storage problem | original VM deleted
    ["backup 8", "1,2", "", false],
    ["backup 9", "1", "", true],
    ["backup 10", "1", "", false],
    ["backup 11", "", "RR", false], // transient VM state | SELinux on Linux
    ["backup 12", "1{2}", "", true],
    ["backup 13", "1,2", "", false],
    ["backup 14", "1,2", "", false], // "restart the writers" leads the fix
    ["backup 15", "1,2(2.1,2.2(2.2.1,2.2.2),2.3)", "", true], // only if the permissions differ
    ["backup 16", "1,2", "", false],
    ["backup 17", "1", "", false],
    ["backup 18", "1,2(2.1,2.2,2.3)", "", false], // only if COMSysApp fails to start
    ["backup 19", "1,2,3,4", "", false],
    ["backup 20", "1,2,3", "", false],
    ["backup 21", "1,2,3", "", false],
    ["jobs 1", "1", "", false],
    ["jobs 2", "1", "", true],
    ["jobs 3", "1", "", true],
    ["jobs 4", "1", "", false],
    ["restore 1", "", "--R", false], // DNS settings | reserved IP | special network configuration
    ["restore 2", "1", "", true],
    ["restore 3", "1", "", false],
    ["restore 4", "1", "", false],
    ["restore 5", "1", "", false],
    ["restore 6", "1", "", false],
    ["restore 7", "1", "", false],
    ["restore 8", "1", "", true],
    ["restore 9", "1", "", false],
    ["restore 10", "1", "", false],
    ["restore 11", "1,2", "", false],
    ["backup-or-restore-taking-time", "", "", false],
    ["vm-agent", "1,2", "", false],
    ["troubleshoot-vm-snapshot-issues", "", "RRRRR", false], // five causes, not a five-step checklist
    ["networking", "1(1.1,1.2,1.3),2(2.1,2.2)", "", false], // the article's "follow these steps"
  ];
  for (const locale of ["zh-TW", "en"] as const) {
    it(`holds for all 36 rows and 4 guides (${locale})`, () => {
      const actual = source
        .entries(locale)
        .map((e) => [
          e.source.row ? `${e.source.section} ${e.source.row}` : e.source.section,
          stepShape(e.steps),
          e.causes.map((c) => (c.remedy ? "R" : "-")).join(""),
          e.body.includes("<Cause>"),
        ]);
      expect(actual).toEqual(expect.arrayContaining(reviewed));
      expect(actual).toHaveLength(reviewed.length);
    });
  }
});
