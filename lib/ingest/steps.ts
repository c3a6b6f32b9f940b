import type { BlockContent, List, ListItem, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { linesToBlocks, toLines, type Line } from "./lines";

/** A step before it becomes MDX: its content, its sub-steps, and whether the next step is an alternative to it. */
export interface StepDraft {
  blocks: BlockContent[];
  substeps: StepDraft[];
  orNext?: boolean;
}

export function jsx(name: string, children: RootContent[] = [], attributes: MdxJsxFlowElement["attributes"] = []): MdxJsxFlowElement {
  return { type: "mdxJsxFlowElement", name, attributes, children: children as MdxJsxFlowElement["children"] };
}

/** Every list item becomes a step; nested lists become nested steps; "(或)" joins it to the next item as an alternative. */
export function listToSteps(list: List): StepDraft[] {
  return list.children.map(itemToStep);
}

function itemToStep(item: ListItem): StepDraft {
  const lines: Line[] = [];
  const substeps: StepDraft[] = [];
  const blocks: BlockContent[] = [];
  for (const child of item.children) {
    if (child.type === "paragraph") lines.push(...toLines(child.children));
    else if (child.type === "list") substeps.push(...listToSteps(child));
    else blocks.push(child as BlockContent);
  }
  return {
    blocks: [...linesToBlocks(lines.filter((l) => l.kind !== "or")), ...blocks],
    substeps,
    orNext: lines.some((l) => l.kind === "or"),
  };
}

function stepElement(step: StepDraft): MdxJsxFlowElement {
  const children: RootContent[] = [...step.blocks];
  if (step.substeps.length > 0) children.push(stepsElement(step.substeps));
  return jsx("Step", children);
}

/** `<Steps>`, with alternatives ("do A, or B") wrapped together in `<Alternatives>`. */
export function stepsElement(steps: StepDraft[]): MdxJsxFlowElement {
  const children: MdxJsxFlowElement[] = [];
  let group: MdxJsxFlowElement | undefined;
  for (const step of steps) {
    const element = stepElement(step);
    if (group) group.children.push(element);
    else if (step.orNext) children.push((group = jsx("Alternatives", [element])));
    else children.push(element);
    if (!step.orNext) group = undefined;
  }
  return jsx("Steps", children);
}
