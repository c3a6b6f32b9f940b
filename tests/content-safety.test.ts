import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError, readEntryFile } from "@/lib/content/entries";

/** Content is data, not code: one hostile fixture per way content could run code or smuggle markup. */
const dir = mkdtempSync(join(tmpdir(), "content-safety-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const original = readFileSync(join(process.cwd(), "content/en/backup/fs-freeze-failed.mdx"), "utf8");
const bodyStart = original.split("\n").indexOf("<Fix>") + 1; // file line of the body's first line

/** The real entry with `hostile` as the body's first line; returns the problems found. */
function problemsWith(hostile: string, text = `${original.replace("\n<Fix>\n", `\n${hostile}\n\n<Fix>\n`)}`) {
  const file = join(dir, "content/en/backup/fs-freeze-failed.mdx");
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  try {
    readEntryFile(file, "en", dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe("the content check rejects, naming the file and line", () => {
  const cases: [string, string, RegExp][] = [
    ["ESM import", 'import fs from "node:fs"', /import\/export/],
    ["ESM export", "export const owned = 1", /import\/export/],
    ["a block expression", "{process.env.SECRET}", /expression \{process\.env\.SECRET\}/],
    ["an inline expression", "Run {1 + 1} times.", /expression \{1 \+ 1\}/],
    ["an unknown component", "<Danger>Run this.</Danger>", /unknown component <Danger>/],
    ["an unknown attribute", '<Note kind="warning">Careful.</Note>', /<Note>: unknown attribute kind/],
    ["a spread attribute", "<Note {...globalThis}>Careful.</Note>", /spread\/expression attribute/],
    ["an expression attribute value", '<h2 id={"x" + 1}>Heading</h2>', /expression values are not allowed/],
    ["<script>", "<script>alert(1)</script>", /raw HTML element <script>/],
    ["<script> inside <svg>", "<svg><script>alert(1)</script></svg>", /raw HTML element <svg>/],
    ["<style>", "<style>{'body{display:none}'}</style>", /raw HTML element <style>/],
    ["<iframe>", '<iframe src="https://example.com" />', /raw HTML element <iframe>/],
    ["<meta http-equiv=refresh>", '<meta httpEquiv="refresh" content="0;url=https://example.com" />', /raw HTML element <meta>/],
    ["<base>", '<base href="https://example.com/" />', /raw HTML element <base>/],
    ["<form>", '<form action="https://example.com"><button>Go</button></form>', /raw HTML element <form>/],
    ["<object>", '<object data="x.swf" />', /raw HTML element <object>/],
    ["an event-handler attribute", '<Note onClick="alert(1)">Careful.</Note>', /attribute onClick is not allowed \(it runs code\)/],
    [
      "dangerouslySetInnerHTML",
      '<Note dangerouslySetInnerHTML="<img src=x onerror=alert(1)>" />',
      /attribute dangerouslySetInnerHTML is not allowed/,
    ],
    ["a javascript: link", "[Fix it](javascript:alert(1))", /javascript: URLs are not allowed/],
    ["a javascript: link with case and padding", "[Fix it](<  JavaScript:alert(1)>)", /javascript: URLs are not allowed/],
    ["a data: link", "[Fix it](data:text/html,<script>alert(1)</script>)", /data: URLs are not allowed/],
    ["a data: image", "![x](data:image/svg+xml,<svg/onload=alert(1)>)", /data: URLs are not allowed/],
    ["a javascript: link definition", "[fix]: javascript:alert(1)", /javascript: URLs are not allowed/],
  ];
  it.each(cases)("%s", (_name, hostile, message) => {
    const problems = problemsWith(hostile);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].file).toBe(`content/en/backup/fs-freeze-failed.mdx:${bodyStart}`);
    expect(problems.map((p) => p.message).join("\n")).toMatch(message);
  });

  it("accepts the real entry unchanged", () => {
    expect(problemsWith("", original)).toEqual([]);
  });

  it("never runs JavaScript front matter", () => {
    const hostile = original.replace(/^---\n[\s\S]*?\n---\n/, '---js\n{ id: (globalThis.contentRan = "fs-freeze-failed") }\n---\n');
    const problems = problemsWith("", hostile);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: "content/en/backup/fs-freeze-failed.mdx",
      message: expect.stringContaining("JavaScript front matter is not allowed"),
    });
    expect((globalThis as { contentRan?: string }).contentRan).toBeUndefined();
  });
});
