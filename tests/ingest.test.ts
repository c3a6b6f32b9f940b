import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentPaths } from "@/lib/content/paths";
import { actionAnchors, outlineCauses, outlineSteps, parseMdx, type StepOutline } from "@/lib/content/mdx-tree";
import { applyCorrections, applyGlossary, glossaryReplacements } from "@/lib/article/editorial";
import { ingest } from "@/lib/ingest/ingest";
import { parseArticle } from "@/lib/article/parse";
import { rewriteUrl } from "@/lib/ingest/links";
import { messageAction, titleFromMessage } from "@/lib/ingest/row-to-entry";
import { articleFiles, articleMarkdown, rawRows } from "./article-fixture";

const ingestArticle = () => ingest(articleFiles.markdown, articleFiles.reference, articleFiles.editorial);
const files = ingestArticle();
const byRow = (section: string, row: number) => {
  const file = files.find((f) => f.entry.frontmatter.source.section === section && f.entry.frontmatter.source.row === row);
  if (!file) throw new Error(`no file for ${section} ${row}`);
  return file;
};
const flatten = (steps: StepOutline[]): StepOutline[] => steps.flatMap((s) => [s, ...flatten(s.substeps)]);
const bodyOf = (file: { contents: string }) => parseMdx(file.contents.split(/^---$/m).slice(2).join("---"));
const stepsOf = (section: string, row: number) => outlineSteps(bodyOf(byRow(section, row)));
const causesOf = (section: string, row: number) => outlineCauses(bodyOf(byRow(section, row)));
const guide = (anchor: string) => {
  const file = files.find((f) => f.path === `guides/${anchor}.mdx`);
  if (!file) throw new Error(`no guide ${anchor}`);
  return bodyOf(file);
};

describe("causes, conditions and alternatives read as the article means them", () => {
  it("backup row 7: two independent causes, each with its own remedy, and nothing to tick", () => {
    const causes = causesOf("backup", 7);
    expect(causes.map((c) => c.text)).toEqual(["存取 VM 儲存體時發生暫時性問題。", "已刪除原始 VM，因此無法取得復原點。"]);
    expect(causes[0].remedy).toMatch(/Azure 狀態.*立即重試備份作業/);
    expect(causes[0].remedy).not.toContain("取消保護");
    expect(causes[1].remedy).toMatch(/取消保護 VM 並選擇保留資料/);
    expect(stepsOf("backup", 7)).toEqual([]);
  });

  it("backup row 11: two independent checks, each with what to do", () => {
    const causes = causesOf("backup", 11);
    expect(causes[0].text).toMatch(/^檢查 VM 是否處於/);
    expect(causes[0].remedy).toMatch(/^如果是，請等待/);
    expect(causes[1].text).toMatch(/^如果 VM 是 Linux VM/);
    expect(causes[1].remedy).toMatch(/^您必須從安全性原則中排除/);
    expect(stepsOf("backup", 11)).toEqual([]);
  });

  it("restore row 1: three conditions, not three steps; the remedy stays with the condition that has it", () => {
    const causes = causesOf("restore", 1);
    expect(causes).toHaveLength(3);
    expect(causes[0].text).toContain("Get-AzureDns");
    expect(causes[1].text).toContain("ReservedIPName");
    expect(causes.map((c) => c.remedy !== "")).toEqual([false, false, true]);
    expect(causes[2].remedy).toMatch(/^請在 UI 中選取新的雲端服務/);
    expect(stepsOf("restore", 1)).toEqual([]);
  });

  it("the snapshot-issues guide: five causes, each with its remedy, and no checklist", () => {
    const tree = guide("troubleshoot-vm-snapshot-issues");
    const causes = outlineCauses(tree);
    expect(causes).toHaveLength(5);
    expect(causes.every((c) => c.remedy !== "")).toBe(true);
    expect(causes[1].remedy).toContain('"USEVSSCOPYBACKUP"="TRUE"');
    expect(causes[1].text).not.toContain("USEVSSCOPYBACKUP");
    expect(causes[4].remedy).toMatch(/隨選備份/);
    expect(outlineSteps(tree)).toEqual([]);
  });

  it("backup row 14: the instruction is the fix's lead, not a cause", () => {
    const contents = byRow("backup", 14).contents;
    expect(contents).not.toContain("<Cause>");
    expect(contents).toMatch(/<Fix>\s*您需要重新啟動/);
    expect(stepsOf("backup", 14).map((s) => s.text)).toEqual([
      expect.stringContaining("vssadmin list writers"),
      expect.stringContaining("net stop serviceName"),
    ]);
  });
});

describe("parseArticle on the real article", () => {
  const article = parseArticle(articleMarkdown);
  it("finds 21 backup, 4 jobs and 11 restore rows", () => {
    expect(article.tables.get("backup")).toHaveLength(21);
    expect(article.tables.get("jobs")).toHaveLength(4);
    expect(article.tables.get("restore")).toHaveLength(11);
  });
  it("finds the 4 prose guides by their anchors", () => {
    expect(article.prose.map((s) => s.anchor)).toEqual([
      "backup-or-restore-taking-time",
      "vm-agent",
      "troubleshoot-vm-snapshot-issues",
      "networking",
    ]);
  });
});

describe("ingest", () => {
  it("writes one file per row and per guide, 40 in all", () => {
    expect(files).toHaveLength(40);
    expect(files.filter((f) => f.path.startsWith("guides/"))).toHaveLength(4);
  });

  it("is what content/zh-TW holds (re-running changes nothing)", () => {
    for (const file of files) {
      expect(readFileSync(join(contentPaths.root, "zh-TW", file.path), "utf8"), file.path).toBe(file.contents);
    }
    expect(ingestArticle().map((f) => f.contents)).toEqual(files.map((f) => f.contents));
  });

  it("keeps every <li> of every cell as a step, an option of a step, or a cause", () => {
    const editedRaw = (raw: { workaround: string }) => applyGlossary(raw.workaround, glossaryReplacements(articleFiles.editorial.glossary));
    for (const raw of rawRows(applyCorrections(articleMarkdown, articleFiles.editorial.corrections))) {
      const steps = flatten(stepsOf(raw.section, raw.row));
      const units = [
        ...steps.map((s) => s.text),
        ...steps.flatMap((s) => s.options),
        ...causesOf(raw.section, raw.row).map((c) => `${c.text} ${c.remedy}`),
      ];
      const squeeze = (text: string) => text.normalize("NFKC").replace(/[\s`'"“”「」()\\[\]]/g, "");
      const squeezed = units.map(squeeze);
      const items = editedRaw(raw).split(/<li>/i).slice(1);
      for (const item of items) {
        const text = squeeze(item.replace(/<[^>]+>|\]\((?:[^()]|\([^()]*\))*\)|_/g, "").replace(/\(或\)/g, "")).slice(0, 12);
        expect(
          squeezed.some((s) => s.includes(text)),
          `${raw.section} row ${raw.row}: "${text}"`,
        ).toBe(true);
      }
      expect(units.length, `${raw.section} row ${raw.row}`).toBeGreaterThanOrEqual(items.length);
    }
  });

  it("nests the certificate sub-steps of backup row 15 under the step that states their condition", () => {
    const steps = stepsOf("backup", 15);
    expect(steps.map((s) => [s.number, s.substeps.map((x) => x.anchor)])).toEqual([
      ["1", []],
      ["2", ["step-2-1", "step-2-2", "step-2-3"]],
    ]);
    expect(steps[1].text).toMatch(/^如果您發現 MachineKeys 目錄的權限不同於預設權限/);
    expect(steps[1].substeps[1].substeps.map((s) => s.anchor)).toEqual(["step-2-2-1", "step-2-2-2"]);
    expect(steps[1].substeps[2].text).toContain("觸發 VM 備份");
  });

  it("nests the MSDTC procedure of backup row 18 under 'if COMSysApp fails to start'", () => {
    const steps = stepsOf("backup", 18);
    expect(steps).toHaveLength(2);
    expect(steps[0].text).toContain("net start COMSysApp");
    expect(steps[0].substeps).toEqual([]);
    expect(steps[1].text).toMatch(/^如果在啟動時失敗/);
    expect(steps[1].substeps.map((s) => s.anchor)).toEqual(["step-2-1", "step-2-2", "step-2-3"]);
    expect(
      flatten(steps[1].substeps)
        .map((s) => s.text)
        .join(),
    ).toContain("msdtc -uninstall");
  });

  it("counts only real actions: a step with sub-steps is done when they are", () => {
    expect(actionAnchors(stepsOf("backup", 15))).toEqual(["step-1", "step-2-1", "step-2-2-1", "step-2-2-2", "step-2-3"]);
    expect(actionAnchors(stepsOf("backup", 18))).toEqual(["step-1", "step-2-1", "step-2-2", "step-2-3"]);
  });

  it("reads (或) as one step with two options, counted once", () => {
    for (const row of [1, 4, 12]) {
      const steps = stepsOf("backup", row);
      expect(steps).toHaveLength(1);
      expect(steps[0].options).toHaveLength(2);
      expect(steps[0].options[0]).toMatch(/^重新建立具有相同名稱/);
      expect(steps[0].options.join()).not.toMatch(/\(?或\)?/);
      expect(actionAnchors(steps)).toEqual(["step-1"]);
    }
    expect(byRow("backup", 1).contents).toMatch(/<Step>\s*<Alternatives>\s*<Option>/);
  });

  it("unescapes the pipe of the tune2fs command in backup row 19 and keeps it as code", () => {
    expect(byRow("backup", 19).contents).toMatch(/```\n\s*tune2fs -l \/dev\/sdb1 \| grep "Filesystem state"\n\s*```/);
  });

  it("reads the <Li> of backup row 20 as a list item", () => {
    const steps = stepsOf("backup", 20);
    expect(steps).toHaveLength(3);
    expect(steps[0].text).toContain("regedit.exe");
    expect(byRow("backup", 20).contents).toContain('"SchUseStrongCrypto"=dword:00000001');
  });

  it("closes the unclosed lists of backup rows 7 and 11 without losing text", () => {
    expect(causesOf("backup", 7)).toHaveLength(2);
    expect(causesOf("backup", 7)[1].remedy).toContain("週期性錯誤訊息");
    expect(causesOf("backup", 11)).toHaveLength(2);
    expect(causesOf("backup", 11)[1].remedy).toContain("/var/lib/waagent");
  });

  it("turns rows whose workaround is None into the message's own advice", () => {
    expect(stepsOf("restore", 3).map((s) => s.text)).toEqual(["請指定不同的虛擬網路組態，然後再試一次。"]);
    expect(stepsOf("jobs", 1).map((s) => s.text)).toEqual(["請等待工作完成。"]);
  });

  it("splits a message cell listing two wordings", () => {
    expect(byRow("jobs", 2).entry.frontmatter.errors).toHaveLength(2);
  });

  it("keeps every command as code", () => {
    const all = files.map((f) => f.contents).join("\n");
    for (const command of [
      "vssadmin list writers",
      "net start COMSysApp",
      "msdtc -uninstall",
      "msdtc -install",
      "MSIEXEC /UNREGISTER",
      "icacls %systemdrive%",
      "Get-AzureDns -DnsSettings",
    ]) {
      expect(all).toMatch(new RegExp("(`|```\\n\\s*)[^`]*" + command.replace(/[$%/\\-]/g, "\\$&")));
    }
  });

  it("takes codes from the reference file", () => {
    expect(byRow("backup", 19).entry.frontmatter.codes).toEqual(["UserErrorFsFreezeFailed"]);
  });
});

describe("links", () => {
  const all = files.map((f) => f.contents).join("\n");
  it("makes relative article links absolute on learn.microsoft.com in the page's language", () => {
    expect(all).not.toMatch(/\]\([^)]*\.md[)#?]/);
    expect(rewriteUrl("backup-azure-vms-introduction.md#best-practices", "en")).toBe(
      "https://learn.microsoft.com/en-us/azure/backup/backup-azure-vms-introduction#best-practices",
    );
    expect(rewriteUrl("../virtual-machines/linux/update-agent.md?toc=%2fazure", "zh-TW")).toBe(
      "https://learn.microsoft.com/zh-tw/azure/virtual-machines/linux/update-agent",
    );
  });
  it("points in-page anchors at the portal's guide pages", () => {
    expect(rewriteUrl("#vm-agent", "zh-TW")).toBe("/zh-TW/guides/vm-agent");
    expect(rewriteUrl("#validating-vm-agent-installation", "en")).toBe("/en/guides/vm-agent#validating-vm-agent-installation");
    expect(() => rewriteUrl("#nowhere", "en")).toThrow(/unknown in-page anchor/);
  });
  it("leaves fwlinks as they are", () => {
    expect(all).toContain("(http://go.microsoft.com/fwlink/?LinkId=808124)");
  });
});

describe("message helpers", () => {
  it("titles a message by its first clause", () => {
    expect(titleFromMessage("選取的子網路不存在：請選取已存在的子網路")).toBe("選取的子網路不存在");
  });
  it("finds the advice after ' - ', '：' or in 請 sentences", () => {
    expect(messageAction("A - do this")).toBe("do this");
    expect(messageAction("命令執行失敗。 請等到前一項作業完成，然後重試")).toBe("請等到前一項作業完成，然後重試");
  });
});

describe("the project's copy of the article", () => {
  // Recorded from the shared originals (/work/shared/seed, /work/shared/reference) when the copy was
  // made; runs in any clone, so an edit to the copy fails here instead of passing silently.
  it("is byte for byte the shared original it was copied from", () => {
    const sums = readFileSync(join(contentPaths.root, "article", "SHA256SUMS"), "utf8")
      .trim()
      .split("\n");
    const recorded = new Map(sums.map((line) => [line.split(/\s+/)[1], line.split(/\s+/)[0]]));
    for (const copy of [contentPaths.article, contentPaths.reference]) {
      const sha = createHash("sha256").update(readFileSync(copy)).digest("hex");
      expect(sha, copy).toBe(recorded.get(basename(copy)));
    }
  });
});
