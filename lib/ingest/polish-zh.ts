import type { Root } from "mdast";
import { applyGlossary } from "../article/editorial";
import { typesetProse } from "../text/zh-prose";
import { typesetZh } from "../text/zh-typography";
import type { GeneratedEntry } from "./row-to-entry";

/** The zh-TW editorial layer over a generated entry: glossary and typography on title, summary and body prose (never its error messages). */
export function polishZh(entry: GeneratedEntry, replacements: [string, string][]): GeneratedEntry {
  const line = (text: string) => typesetZh(applyGlossary(text, replacements));
  typesetProse(entry.body as Root, (text) => applyGlossary(text, replacements));
  return {
    frontmatter: { ...entry.frontmatter, title: line(entry.frontmatter.title), summary: line(entry.frontmatter.summary) },
    body: entry.body,
  };
}
