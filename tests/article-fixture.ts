import { readFileSync } from "node:fs";
import { readArticleFiles } from "@/lib/content/article-files";
import { contentPaths } from "@/lib/content/paths";

export const articleMarkdown = readFileSync(contentPaths.article, "utf8");
export const referenceJson = readFileSync(contentPaths.reference, "utf8");
export const articleFiles = readArticleFiles();

/** The raw workaround cell of every table row, read straight from the Markdown lines (independent of the parser under test). */
export function rawRows(): { section: string; row: number; message: string; workaround: string }[] {
  const rows: { section: string; row: number; message: string; workaround: string }[] = [];
  let section = "";
  let row = 0;
  for (const line of articleMarkdown.split("\n")) {
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
