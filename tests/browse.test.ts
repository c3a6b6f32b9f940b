import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkBrowse, readBrowse } from "@/lib/content/browse";
import { ContentError } from "@/lib/content/entries";
import { contentPaths } from "@/lib/content/paths";
import { loadContent, source } from "@/lib/content/source";

const entries = loadContent();
const real = () => JSON.parse(readFileSync(contentPaths.browse, "utf8"));

describe("content/browse.json", () => {
  it("puts every error entry of a category into one of its groups, in both languages", () => {
    for (const locale of ["en", "zh-TW"] as const) {
      for (const category of ["backup", "jobs", "restore"] as const) {
        const grouped = source.groups(locale, category).flatMap((g) => g.items.map((i) => i.entry.id));
        expect(grouped.sort()).toEqual(
          source
            .entries(locale, category)
            .map((e) => e.id)
            .sort(),
        );
      }
    }
    const deleted = source.groups("en", "backup").find((g) => g.id === "vm-deleted")!;
    expect(deleted.items.map((i) => i.entry.id)).toEqual(["vm-no-longer-exists", "virtual-machine-does-not-exist", "azure-vm-not-found"]);
    expect(new Set(deleted.items.map((i) => i.detail)).size).toBe(3);
  });

  it("tags OS-specific entries", () => {
    const items = source.groups("zh-TW", "backup").flatMap((g) => g.items);
    expect(items.find((i) => i.entry.id === "fs-freeze-failed")?.os).toBe("linux");
    expect(items.find((i) => i.entry.id === "vss-writers-bad-state")?.os).toBe("windows");
  });

  it("fails naming the file and the entry when an entry is in no group", () => {
    const data = readBrowse();
    data.groups.backup[0].entries = data.groups.backup[0].entries.slice(1);
    expect(() => checkBrowse(data, entries)).toThrow(ContentError);
    expect(() => checkBrowse(data, entries)).toThrow(
      /content\/browse\.json: entry "vm-agent-snapshot-status" \(content\/zh-TW\/backup\/vm-agent-snapshot-status\.mdx\) is in no group/,
    );
  });

  it("fails on unknown ids and entries of another category", () => {
    const data = readBrowse();
    data.groups.jobs[0].entries.push("fs-freeze-failed", "no-such-entry");
    data.os["nope"] = "linux";
    expect(() => checkBrowse(data, entries)).toThrow(
      /"fs-freeze-failed" is a backup entry[\s\S]*no entry "no-such-entry"[\s\S]*no entry "nope"/,
    );
  });

  describe("schema", () => {
    let dir: string;
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    it("rejects a group without a title in every language, naming the file", () => {
      dir = mkdtempSync(join(tmpdir(), "browse-"));
      const data = real();
      delete data.groups.restore[0].title["zh-TW"];
      writeFileSync(join(dir, "browse.json"), JSON.stringify(data));
      expect(() => readBrowse(join(dir, "browse.json"), dir)).toThrow(/browse\.json: groups\.restore\.0\.title\.zh-TW/);
    });
  });
});
