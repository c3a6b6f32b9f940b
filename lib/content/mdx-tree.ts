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
  /** "Do A, or do B": the options of this one step (empty for an ordinary step). */
  options: string[];
}

/** One of several possible causes, with what to do about it. */
export interface CauseOutline {
  /** Anchor: `cause-1`. */
  anchor: string;
  /** The cause as the article states it (and how to tell). */
  text: string;
  /** What to do for this cause; empty when the article gives no remedy of its own. */
  remedy: string;
}

const isElement = (node: RootContent, name: string): node is MdxJsxFlowElement =>
  node.type === "mdxJsxFlowElement" && node.name === name;

const textOf = (nodes: RootContent[]) =>
  nodes.map((block) => (block.type === "code" ? block.value : toString(block).replace(/\s+/g, " ").trim())).filter(Boolean);

const childElements = (node: MdxJsxFlowElement, name: string) =>
  node.children.filter((c) => isElement(c as RootContent, name)) as MdxJsxFlowElement[];

function setAttribute(node: MdxJsxFlowElement, name: string, value: string): void {
  const attributes = node.attributes.filter((a) => !(a.type === "mdxJsxAttribute" && a.name === name));
  node.attributes = [...attributes, { type: "mdxJsxAttribute", name, value } satisfies MdxJsxAttribute];
}

function walkSteps(steps: MdxJsxFlowElement, prefix: number[], annotate: boolean, offset = 0): StepOutline[] {
  if (annotate) setAttribute(steps, "depth", String(prefix.length + 1));
  return childElements(steps, "Step").map((step, i) => {
    const path = [...prefix, offset + i + 1];
    const anchor = `step-${path.join("-")}`;
    const number = path.join(".");
    if (annotate) {
      setAttribute(step, "id", anchor);
      setAttribute(step, "number", number);
    }
    const nested = childElements(step, "Steps")[0];
    const alternatives = childElements(step, "Alternatives")[0];
    const own = step.children.filter((c) => !isElement(c as RootContent, "Steps") && !isElement(c as RootContent, "Alternatives")) as RootContent[];
    const blocks = textOf(own);
    const options = alternatives ? childElements(alternatives, "Option").map((o) => textOf(o.children as RootContent[]).join(" ")) : [];
    return { anchor, number, text: [...blocks, ...options].join(" "), blocks, substeps: nested ? walkSteps(nested, path, annotate) : [], options };
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

/** Shape of the steps, e.g. `1{2},2(2.1,2.2),3` (step 1 has two options), compared across locales so step links mean the same step. */
export function stepShape(steps: StepOutline[]): string {
  return steps
    .map((s) => `${s.number}${s.options.length ? `{${s.options.length}}` : ""}${s.substeps.length ? `(${stepShape(s.substeps)})` : ""}`)
    .join(",");
}

/** remark plugin for the renderer: adds the anchors. */
export function remarkStepAnchors() {
  return (tree: Root) => {
    outlineSteps(tree, true);
    outlineCauses(tree, true);
  };
}

/** Leaf steps are the actions a reader ticks off; a step with sub-steps is done when they are. */
export function actionAnchors(steps: StepOutline[]): string[] {
  return steps.flatMap((s) => (s.substeps.length > 0 ? actionAnchors(s.substeps) : [s.anchor]));
}

/** Numbers every `<PossibleCause>` of the page's `<Causes>` blocks; with `annotate`, writes `id` and `number`. */
export function outlineCauses(tree: Root, annotate = false): CauseOutline[] {
  const causes: MdxJsxFlowElement[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== "mdxJsxFlowElement") continue;
      if (node.name === "Causes") causes.push(...childElements(node, "PossibleCause"));
      else if (node.name === "Fix") visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return causes.map((cause, i) => {
    const anchor = `cause-${i + 1}`;
    if (annotate) {
      setAttribute(cause, "id", anchor);
      setAttribute(cause, "number", String(i + 1));
    }
    const remedy = childElements(cause, "Remedy")[0];
    const own = cause.children.filter((c) => !isElement(c as RootContent, "Remedy")) as RootContent[];
    return { anchor, text: textOf(own).join(" "), remedy: remedy ? textOf(remedy.children as RootContent[]).join(" ") : "" };
  });
}

export function plainText(tree: Root): string {
  return blockText(tree).replace(/\s+/g, " ").trim();
}

/** Blocks whose children are inline text: read whole. Between other blocks, a space (toString() alone glues a heading to the paragraph after it: "agentThe"). */
const textBlocks = new Set(["paragraph", "heading", "tableCell", "code", "inlineCode", "text"]);

function blockText(node: Root | RootContent): string {
  if (textBlocks.has(node.type) || !("children" in node)) return toString(node);
  return (node.children as RootContent[]).map(blockText).join(" ");
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
