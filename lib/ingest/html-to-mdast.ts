import type { Root as HastRoot } from "hast";
import { isElement } from "hast-util-is-element";
import { toMdast } from "hast-util-to-mdast";
import type { BlockContent, PhrasingContent, Root, RootContent } from "mdast";
import { phrasing } from "mdast-util-phrasing";
import rehypeRaw from "rehype-raw";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { remove } from "unist-util-remove";
import { visit } from "unist-util-visit";
import { markSourceCode } from "./code-spans";

/**
 * The article mixes Markdown with raw HTML (`<ol><li>`, `<br>`, an unclosed `<li>`, a `<Li>`).
 * Round-tripping through HAST with rehype-raw lets a real HTML parser (parse5) repair and
 * nest that HTML; hast-util-to-mdast then gives back plain Markdown nodes: lists, breaks, links.
 */
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);

/**
 * hast-util-to-mdast pads links and code with spaces ("[深入了解](…) 如何"), which Chinese text
 * must not get. Where the article has no space next to a link or code, a word joiner marks the
 * join before the HTML round trip; afterwards any space beside a marker is dropped with it.
 */
const joiner = "\u2060";
const isInline = (node: RootContent | undefined) => node?.type === "link" || node?.type === "inlineCode";

function markTightJoins<T extends RootContent>(nodes: T[]): T[] {
  return nodes.map((node, i) => {
    if (node.type === "text") {
      let value = node.value;
      if (isInline(nodes[i - 1]) && /^\S/.test(value)) value = joiner + value;
      if (isInline(nodes[i + 1]) && /\S$/.test(value)) value += joiner;
      return { ...node, value };
    }
    return "children" in node ? ({ ...node, children: markTightJoins(node.children as RootContent[]) } as T) : node;
  });
}

function dropJoins(tree: Root): void {
  visit(tree, "text", (node) => {
    node.value = node.value.replace(/[ \t]*\u2060[ \t]*/g, "");
  });
}

/** Blocks only: loose inline runs at the top are wrapped in paragraphs. */
export function htmlToMdast(nodes: RootContent[]): BlockContent[] {
  const marked = markTightJoins(markSourceCode(nodes));
  // A table cell is inline content: keep it in one paragraph, or remark-rehype puts newlines (spaces) between its parts.
  const children = marked.every((n) => phrasing(n)) ? [{ type: "paragraph", children: marked as PhrasingContent[] } as const] : marked;
  const hast = toHast.runSync({ type: "root", children } satisfies Root) as HastRoot;
  // The wrapper's own </p> ends up as empty paragraphs once parse5 has closed it at a list.
  remove(hast, (node) => isElement(node, "p") && node.children.length === 0);
  const mdast = toMdast(hast) as Root;
  dropJoins(mdast);
  const blocks: BlockContent[] = [];
  for (const node of mdast.children) {
    if (!phrasing(node)) {
      blocks.push(node as BlockContent);
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (last?.type === "paragraph") last.children.push(node as PhrasingContent);
    else blocks.push({ type: "paragraph", children: [node as PhrasingContent] });
  }
  return blocks;
}
