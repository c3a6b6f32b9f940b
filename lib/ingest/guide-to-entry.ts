import type { BlockContent, Blockquote, Heading, List, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { htmlToMdast } from "./html-to-mdast";
import { linesToBlocks, toLines } from "./lines";
import type { ArticleSection } from "../article/parse";
import type { GeneratedEntry } from "./row-to-entry";
import { causesIntro, jsx, listToCauses, listToSteps, stepsElement } from "./steps";

const anchorPattern = /<a\s+name="([^"]+)"\s*>/i;
const notePrefix = /^\s*\[!NOTE\]\s*/;

function subheading(heading: Heading): RootContent {
  const anchor = heading.children.map((c) => (c.type === "html" ? anchorPattern.exec(c.value)?.[1] : undefined)).find(Boolean);
  const title = heading.children
    .map((c) => (c.type === "text" ? c.value : ""))
    .join("")
    .trim();
  if (!anchor) throw new Error(`Guide subheading "${title}" has no anchor`);
  // Raw JSX keeps the article's anchor as the id, so old #links still land.
  return jsx("h2", [{ type: "text", value: title } as never], [{ type: "mdxJsxAttribute", name: "id", value: anchor }]);
}

function note(quote: Blockquote): RootContent[] | undefined {
  const [first, ...rest] = quote.children;
  if (first?.type !== "paragraph" || first.children[0]?.type !== "text" || !notePrefix.test(first.children[0].value)) return undefined;
  const head = { ...first.children[0], value: first.children[0].value.replace(notePrefix, "") };
  const paragraph = { ...first, children: [head, ...first.children.slice(1)] };
  return [jsx("Note", convert([paragraph, ...rest]))];
}

function bulletList(list: List): List {
  return {
    ...list,
    spread: false,
    children: list.children.map((item) => ({ ...item, spread: false, children: convert(item.children) as BlockContent[] })),
  };
}

/** The paragraph before a list ends by announcing causes ("下列可能導致快照工作失敗。"). */
const announcesCauses = (node: RootContent | undefined) =>
  node?.type === "paragraph" &&
  causesIntro.test(
    toString(node)
      .split(/(?<=。)\s*/)
      .filter(Boolean)
      .pop() ?? "",
  );

/** Ordered lists are procedures (steps) or, when announced as such, causes; bullet lists (options, symptoms) stay lists. */
function convert(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node, i): RootContent[] => {
    if (node.type === "paragraph") return linesToBlocks(toLines(node.children));
    if (node.type === "list" && node.ordered && announcesCauses(nodes[i - 1])) return [listToCauses(node)];
    if (node.type === "list") return [node.ordered ? stepsElement(listToSteps(node)) : bulletList(node)];
    if (node.type === "blockquote") return note(node) ?? [{ ...node, children: convert(node.children) as BlockContent[] }];
    return [node];
  });
}

export function guideToEntry(section: ArticleSection, related: string[]): GeneratedEntry {
  const children: RootContent[] = [];
  let chunk: RootContent[] = [];
  const flush = () => {
    children.push(...convert(htmlToMdast(chunk)));
    chunk = [];
  };
  for (const node of section.nodes) {
    if (node.type === "heading") {
      flush();
      children.push(subheading(node));
    } else {
      chunk.push(node);
    }
  }
  flush();
  const firstParagraph = children.find((c) => c.type === "paragraph");
  const summary = toString(firstParagraph ?? { type: "text", value: section.title })
    .split(/(?<=。)/)[0]
    .trim();
  return {
    frontmatter: {
      id: section.anchor,
      category: "guides",
      title: section.title,
      errors: [],
      codes: [],
      source: { section: section.anchor },
      summary,
      related,
    },
    body: { type: "root", children },
  };
}
