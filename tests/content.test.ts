import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkCollection } from "@/lib/content/check";
import { ContentError, readEntries } from "@/lib/content/entries";
import { plainText, parseMdx } from "@/lib/content/mdx-tree";
import { contentPaths } from "@/lib/content/paths";
import { loadContent, source } from "@/lib/content/source";
import { parseReference } from "@/lib/article/reference";
import { parseArticle } from "@/lib/article/parse";
import { articleFiles, articleMarkdown, referenceJson } from "./article-fixture";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the real content", () => {
  it("has all 36 rows and 4 guides in both languages", () => {
    const entries = loadContent();
    expect(entries).toHaveLength(80);
    for (const locale of ["zh-TW", "en"] as const) {
      expect(source.counts(locale)).toEqual({ backup: 21, jobs: 4, restore: 11, guides: 4 });
    }
  });
  it("reads a page's text with a space between blocks, never gluing a heading to the paragraph after it", () => {
    expect(plainText(parseMdx("## Set up the VM agent\n\nThe agent\n\n- one\n- two\n\n```\nsudo waagent\n```\n"))).toBe(
      "Set up the VM agent The agent one two sudo waagent",
    );
    for (const entry of loadContent())
      for (const { title } of entry.sections) expect(entry.text).toMatch(new RegExp(`${escape(title)}( |$)`));
  });
  it("lists entries in the article's order", () => {
    expect(source.entries("en", "backup").map((e) => e.source.row)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });
});

describe("content validation", () => {
  let dir: string;
  const fixture = () => {
    dir = mkdtempSync(join(tmpdir(), "content-"));
    cpSync(join(contentPaths.root, "zh-TW"), join(dir, "content", "zh-TW"), { recursive: true });
    cpSync(join(contentPaths.root, "en"), join(dir, "content", "en"), { recursive: true });
    return dir;
  };
  const file = (path: string) => join(dir, "content", path);
  const edit = (path: string, change: (text: string) => string) => writeFileSync(file(path), change(readFileSync(file(path), "utf8")));
  const check = () =>
    checkCollection(readEntries(join(dir, "content"), dir), parseArticle(articleMarkdown), parseReference(referenceJson), {
      markdown: articleMarkdown,
      ...articleFiles.editorial,
    });
  const problems = () => {
    try {
      check();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as Error).message;
    }
    throw new Error("expected a ContentError");
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("accepts the real content copied elsewhere", () => {
    fixture();
    expect(check).not.toThrow();
  });

  it("names the file with invalid frontmatter and the field", () => {
    fixture();
    edit("en/backup/fs-freeze-failed.mdx", (t) => t.replace("category: backup", "category: bakup"));
    expect(problems()).toMatch(/content\/en\/backup\/fs-freeze-failed\.mdx: frontmatter category/);
  });

  it("names a file whose YAML does not parse", () => {
    fixture();
    edit("zh-TW/jobs/cancel-job-failed.mdx", (t) => t.replace("title:", "title: [unclosed"));
    expect(problems()).toMatch(/content\/zh-TW\/jobs\/cancel-job-failed\.mdx: frontmatter is not valid YAML/);
  });

  it("names the missing translation", () => {
    fixture();
    rmSync(file("en/restore/dns-name-taken.mdx"));
    expect(problems()).toMatch(
      /content\/en\/restore\/dns-name-taken\.mdx: missing: translation of content\/zh-TW\/restore\/dns-name-taken\.mdx/,
    );
  });

  it("fails when a row of the article is in no entry", () => {
    fixture();
    rmSync(file("en/backup/fs-freeze-failed.mdx"));
    rmSync(file("zh-TW/backup/fs-freeze-failed.mdx"));
    expect(problems()).toMatch(/no entry covers the article's backup row 19/);
  });

  it("names a file that does not live at its category and id", () => {
    fixture();
    cpSync(file("en/jobs/cancel-job-failed.mdx"), file("en/jobs/cancel-job-failed-copy.mdx"));
    expect(problems()).toMatch(/content\/en\/jobs\/cancel-job-failed-copy\.mdx: must live at/);
  });

  it("fails on clashing ids", () => {
    fixture();
    // A valid file in another category with the same id: only the clash check can catch it.
    cpSync(file("en/jobs/cancel-job-failed.mdx"), file("en/restore/cancel-job-failed.mdx"));
    edit("en/restore/cancel-job-failed.mdx", (t) =>
      t.replace("category: jobs", "category: restore").replace("section: jobs", "section: restore"),
    );
    expect(problems()).toMatch(
      /content\/en\/restore\/cancel-job-failed\.mdx: id "cancel-job-failed" is also used by content\/en\/jobs\/cancel-job-failed\.mdx/,
    );
  });

  it("requires the English messages verbatim from the reference", () => {
    fixture();
    edit("en/restore/subnet-not-found.mdx", (t) => t.replace("Selected subnet does not exist", "Selected subnet doesn't exist"));
    expect(problems()).toMatch(/content\/en\/restore\/subnet-not-found\.mdx: errors must be the reference's English messages/);
  });

  it("requires the same steps in both languages", () => {
    fixture();
    edit("en/backup/fs-freeze-failed.mdx", (t) => t.replace(/\n    <Step>\n      Mount the devices again[\s\S]*?<\/Step>\n/, "\n"));
    expect(problems()).toMatch(/content\/en\/backup\/fs-freeze-failed\.mdx: steps \[1,2,3\] do not match/);
  });

  it("rejects related ids that do not exist", () => {
    fixture();
    edit("zh-TW/backup/fs-freeze-failed.mdx", (t) => t.replace("related: []", "related:\n  - no-such-entry"));
    expect(problems()).toMatch(/fs-freeze-failed\.mdx: related id "no-such-entry" does not exist/);
  });
});
