import { readFileSync } from "node:fs";
import { readArticleFiles } from "@/lib/content/article-files";
import { contentPaths } from "@/lib/content/paths";

export const articleMarkdown = readFileSync(contentPaths.article, "utf8");
export const referenceJson = readFileSync(contentPaths.reference, "utf8");
export const articleFiles = readArticleFiles();

/** The raw workaround cell of every table row, read straight from the Markdown lines (independent of the parser under test). */
export function rawRows(markdown = articleMarkdown): { section: string; row: number; message: string; workaround: string }[] {
  const rows: { section: string; row: number; message: string; workaround: string }[] = [];
  let section = "";
  let row = 0;
  for (const line of markdown.split("\n")) {
    const heading = /^## <a name="([^"]+)">/.exec(line);
    if (heading) {
      section = heading[1];
      row = 0;
      continue;
    }
    if (!line.startsWith("|") || line.startsWith("| ---") || line.startsWith("| 錯誤詳細資料")) continue;
    const cells = line.split(/(?<!\\)\|/).slice(1, 3);
    rows.push({ section, row: ++row, message: cells[0].trim(), workaround: cells[1].trim() });
  }
  return rows;
}

/** The raw Markdown of each prose section (guide), by its anchor. */
export function rawSections(markdown = articleMarkdown): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | undefined;
  for (const line of markdown.split("\n")) {
    const heading = /^## <a name="([^"]+)">/.exec(line);
    if (heading) current = heading[1];
    else if (current && !line.startsWith("|")) sections.set(current, `${sections.get(current) ?? ""}${line}\n`);
  }
  return new Map([...sections].filter(([, text]) => text.trim() !== ""));
}
