import { applyCorrections, glossaryReplacements, type Correction, type Glossary } from "../article/editorial";
import type { Reference } from "../article/reference";
import { guideToEntry } from "./guide-to-entry";
import { parseArticle } from "../article/parse";
import { guideRelated, rowConfig } from "./row-config";
import { rowToEntry, type GeneratedEntry } from "./row-to-entry";
import { polishZh } from "./polish-zh";
import { toMdxFile } from "./serialize";

export interface IngestedFile {
  /** Relative to content/zh-TW. */
  path: string;
  contents: string;
  entry: GeneratedEntry;
}

export interface Editorial {
  glossary: Glossary;
  corrections: Correction[];
}

/**
 * The whole article → one zh-TW MDX file per table row and per prose section, with the editorial
 * layer applied (corrections to the article's sentences, then glossary and typography over the
 * prose; error messages stay as the service prints them). Pure: same input, same output.
 */
export function ingest(markdown: string, reference: Reference, editorial: Editorial): IngestedFile[] {
  const original = parseArticle(markdown);
  const article = parseArticle(applyCorrections(markdown, editorial.corrections));
  const replacements = glossaryReplacements(editorial.glossary);
  const polish = (entry: GeneratedEntry) => polishZh(entry, replacements);
  const files: IngestedFile[] = [];
  for (const [section, correctedRows] of article.tables) {
    for (const corrected of correctedRows) {
      const row = { ...corrected, message: original.tables.get(section)![corrected.row - 1].message };
      const config = rowConfig[section]?.[row.row];
      if (!config) throw new Error(`lib/ingest/row-config.ts: no id for ${section} row ${row.row}`);
      const ref = reference.rows.find((r) => r.section === section && r.row === row.row);
      if (!ref) throw new Error(`content/article/en-error-messages.json: no entry for ${section} row ${row.row}`);
      const entry = polish(rowToEntry(row, config, ref.codes));
      files.push({ path: `${section}/${config.id}.mdx`, contents: toMdxFile(entry.frontmatter, entry.body, "zh-TW"), entry });
    }
  }
  for (const section of article.prose) {
    const entry = polish(guideToEntry(section, guideRelated[section.anchor] ?? []));
    files.push({ path: `guides/${section.anchor}.mdx`, contents: toMdxFile(entry.frontmatter, entry.body, "zh-TW"), entry });
  }
  return files;
}
