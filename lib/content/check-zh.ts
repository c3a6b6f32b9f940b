import { applyGlossary, correctionProblems, glossaryReplacements, type Correction, type Glossary } from "../article/editorial";
import { typesetProse } from "../text/zh-prose";
import { typographyProblem } from "../text/zh-typography";
import type { ContentError, Entry } from "./entries";
import { parseMdx } from "./mdx-tree";

type Problem = ContentError["problems"][number];

export interface EditorialFiles {
  /** The article's Markdown, which every correction must still match. */
  markdown: string;
  glossary: Glossary;
  corrections: Correction[];
}

/**
 * The zh-TW editorial layer holds: each correction still names a sentence of the article, and
 * zh-TW prose (title, summary, body; not the service's messages or code) uses the glossary's
 * terms and Taiwan typography.
 */
export function zhProblems(entries: Entry[], editorial: EditorialFiles): Problem[] {
  const problems: Problem[] = correctionProblems(editorial.markdown, editorial.corrections).map((message) => ({
    file: "content/article/corrections.zh-TW.json",
    message: `${message}; the article changed, so review the correction`,
  }));
  const replacements = glossaryReplacements(editorial.glossary);
  const fix = (text: string) => applyGlossary(text, replacements);
  for (const entry of entries.filter((e) => e.locale === "zh-TW")) {
    for (const [field, text] of [["title", entry.title], ["summary", entry.summary]] as const) {
      const set = typographyProblem(fix(text));
      if (set !== undefined || fix(text) !== text) problems.push({ file: entry.file, message: `${field} "${text}" should read "${set ?? fix(text)}" (glossary, Taiwan typography)` });
    }
    for (const { was, now } of typesetProse(parseMdx(entry.body), fix)) {
      problems.push({ file: entry.file, message: `"${was.trim()}" should read "${now.trim()}" (glossary, Taiwan typography)` });
    }
  }
  return problems;
}
