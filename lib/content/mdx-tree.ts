import type { Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function parseMdx(body: string): Root {
  return parser.parse(body);
}

export interface StepOutline {
  /** Anchor: `step-2`, `step-2-1`. */
  anchor: string;
  /** Shown number: `2`, `2.1`. */
  number: string;
  /** The step's own text, without its sub-steps. */
  text: string;
  /** The same, one string per paragraph, code block or list. */
  blocks: string[];
  substeps: StepOutline[];
  /** True when it is one of several alternatives ("do A, or B"). */
  alternative: boolean;
}

const isElement = (node: RootContent, name: string): node is MdxJsxFlowElement =>
  node.type === "mdxJsxFlowElement" && node.name === name;

function stepChildren(steps: MdxJsxFlowElement): { step: MdxJsxFlowElement; alternative: boolean }[] {
  return steps.children.flatMap((child): { step: MdxJsxFlowElement; alternative: boolean }[] => {
    if (isElement(child as RootContent, "Step")) return [{ step: child as MdxJsxFlowElement, alternative: false }];
    if (isElement(child as RootContent, "Alternatives")) {
      return (child as MdxJsxFlowElement).children
        .filter((c) => isElement(c as RootContent, "Step"))
        .map((step) => ({ step: step as MdxJsxFlowElement, alternative: true }));
    }
    return [];
  });
}

function setAttribute(node: MdxJsxFlowElement, name: string, value: string): void {
  const attributes = node.attributes.filter((a) => !(a.type === "mdxJsxAttribute" && a.name === name));
  node.attributes = [...attributes, { type: "mdxJsxAttribute", name, value } satisfies MdxJsxAttribute];
}

function walkSteps(steps: MdxJsxFlowElement, prefix: number[], annotate: boolean, offset = 0): StepOutline[] {
  if (annotate) setAttribute(steps, "depth", String(prefix.length + 1));
  return stepChildren(steps).map(({ step, alternative }, i) => {
    const path = [...prefix, offset + i + 1];
    const anchor = `step-${path.join("-")}`;
    const number = path.join(".");
    if (annotate) {
      setAttribute(step, "id", anchor);
      setAttribute(step, "number", number);
    }
    const nested = step.children.find((c) => isElement(c as RootContent, "Steps")) as MdxJsxFlowElement | undefined;
    const own = step.children.filter((c) => !isElement(c as RootContent, "Steps")) as RootContent[];
    const blocks = own.map((block) => (block.type === "code" ? block.value : toString(block).replace(/\s+/g, " ").trim())).filter(Boolean);
    return {
      anchor,
      number,
      text: blocks.join(" "),
      blocks,
      substeps: nested ? walkSteps(nested, path, annotate) : [],
      alternative,
    };
  });
}

/**
 * Numbers every `<Step>` in document order (nested ones as 2.1), across all top-level `<Steps>`.
 * With `annotate`, writes `id` and `number` onto the elements so the page renders stable anchors.
 */
export function outlineSteps(tree: Root, annotate = false): StepOutline[] {
  const outline: StepOutline[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== "mdxJsxFlowElement") continue;
      if (node.name === "Steps") outline.push(...walkSteps(node, [], annotate, outline.length));
      else if (node.name === "Fix") visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return outline;
}

/** Shape of the steps, e.g. `1,2(2.1,2.2),3`, compared across locales so step links mean the same step. */
export function stepShape(steps: StepOutline[]): string {
  return steps.map((s) => (s.substeps.length ? `${s.number}(${stepShape(s.substeps)})` : s.number)).join(",");
}

/** remark plugin for the renderer: adds the anchors. */
export function remarkStepAnchors() {
  return (tree: Root) => {
    outlineSteps(tree, true);
  };
}

export function plainText(tree: Root): string {
  return toString(tree).replace(/\s+/g, " ").trim();
}

export interface SectionOutline {
  /** The heading's id, the anchor of the article it came from. */
  anchor: string;
  title: string;
}

/** The guides' sub-headings (`<h2 id>`), in order. */
export function outlineSections(tree: Root): SectionOutline[] {
  return tree.children.flatMap((node) => {
    if (node.type !== "mdxJsxFlowElement" || node.name !== "h2") return [];
    const id = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
    return typeof id === "string" ? [{ anchor: id, title: toString(node).replace(/\s+/g, " ").trim() }] : [];
  });
}
