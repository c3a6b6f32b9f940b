import type { Root, RootContent, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { typesetZhPieces } from "./zh-typography";

type Parent = { children: RootContent[] };
const hasChildren = (node: RootContent): node is RootContent & Parent => "children" in node;

const edge = (node: RootContent | undefined, end: boolean) => {
  const text = node ? (node.type === "inlineCode" ? node.value : toString(node)) : "";
  return end ? text.slice(-1) : text.slice(0, 1);
};

/**
 * Rewrites every prose text of a Markdown tree with `rewrite` and then Taiwan typography; code
 * and inline code are never touched. Each text sees its neighbours' edge characters, so "。 "
 * before a link loses its space. Returns the texts that changed.
 */
export function typesetProse(tree: Root, rewrite: (text: string) => string = (t) => t): { was: string; now: string }[] {
  const changes: { was: string; now: string }[] = [];
  const run = (parent: Parent) => {
    const texts = parent.children.flatMap((child, i) => (child.type === "text" ? [{ child: child as Text, i }] : []));
    for (const { child } of texts) child.value = rewrite(child.value);
    const set = typesetZhPieces(
      texts.map(({ child, i }) => ({
        text: child.value,
        before: edge(parent.children[i - 1], true),
        after: edge(parent.children[i + 1], false),
      })),
    );
    texts.forEach(({ child }, k) => {
      if (set[k] !== child.value) changes.push({ was: child.value, now: set[k] });
      child.value = set[k];
    });
    for (const child of parent.children) if (hasChildren(child)) run(child);
  };
  run(tree as Parent);
  return changes;
}
