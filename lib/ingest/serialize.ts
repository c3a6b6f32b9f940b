import matter from "gray-matter";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { Frontmatter } from "../content/schema";
import type { Locale } from "../i18n";
import { rewriteLink } from "./links";

const stringifier = unified().use(remarkGfm).use(remarkMdx).use(remarkStringify, { bullet: "-", fences: true, rule: "-", emphasis: "_" });

export function toMdxFile(frontmatter: Frontmatter, body: Root, locale: Locale): string {
  visit(body, "link", (link) => rewriteLink(link, locale));
  const markdown = stringifier.stringify(body);
  return matter.stringify(markdown, frontmatter);
}
