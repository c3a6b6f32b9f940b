import type { Reference } from "../article/reference";
import { guideToEntry } from "./guide-to-entry";
import { parseArticle } from "../article/parse";
import { guideRelated, rowConfig } from "./row-config";
import { rowToEntry, type GeneratedEntry } from "./row-to-entry";
import { toMdxFile } from "./serialize";

export interface IngestedFile {
  /** Relative to content/zh-TW. */
  path: string;
  contents: string;
  entry: GeneratedEntry;
}

/** The whole doc → one zh-TW MDX file per table row and per prose section. Pure: same input, same output. */
export function ingest(markdown: string, reference: Reference): IngestedFile[] {
  const article = parseArticle(markdown);
  const files: IngestedFile[] = [];
  for (const [section, rows] of article.tables) {
    for (const row of rows) {
      const config = rowConfig[section]?.[row.row];
      if (!config) throw new Error(`lib/ingest/row-config.ts: no id for ${section} row ${row.row}`);
      const ref = reference.rows.find((r) => r.section === section && r.row === row.row);
      if (!ref) throw new Error(`content/article/en-error-messages.json: no entry for ${section} row ${row.row}`);
      const entry = rowToEntry(row, config, ref.codes);
      files.push({ path: `${section}/${config.id}.mdx`, contents: toMdxFile(entry.frontmatter, entry.body, "zh-TW"), entry });
    }
  }
  for (const section of article.prose) {
    const entry = guideToEntry(section, guideRelated[section.anchor] ?? []);
    files.push({ path: `guides/${section.anchor}.mdx`, contents: toMdxFile(entry.frontmatter, entry.body, "zh-TW"), entry });
  }
  return files;
}
