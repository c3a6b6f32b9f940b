import type { BlockContent, List, ListItem, PhrasingContent, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { linesToBlocks, sentenceText, toLines, toSentences, type Line, type Sentence } from "./lines";

/** A step before it becomes MDX: its content, its sub-steps, or the options of "do A, or do B". */
export interface StepDraft {
  blocks: BlockContent[];
  substeps: StepDraft[];
  options?: RootContent[][];
}

export function jsx(name: string, children: RootContent[] = [], attributes: MdxJsxFlowElement["attributes"] = []): MdxJsxFlowElement {
  return { type: "mdxJsxFlowElement", name, attributes, children: children as MdxJsxFlowElement["children"] };
}

interface ItemDraft extends StepDraft {
  /** The item ended with "(或)": the next item is another way to do the same thing. */
  orNext: boolean;
}

function itemToDraft(item: ListItem): ItemDraft {
  const lines: Line[] = [];
  const substeps: StepDraft[] = [];
  const blocks: BlockContent[] = [];
  for (const child of item.children) {
    if (child.type === "paragraph") lines.push(...toLines(child.children));
    else if (child.type === "list") substeps.push(...listToSteps(child));
    else blocks.push(child as BlockContent);
  }
  const orNext = lines.some((l) => l.kind === "or");
  const text = lines.filter((l) => l.kind !== "or");
  // "A，<br>(或)": the comma belonged to the "or", which is now the options' own marking.
  const last = text[text.length - 1];
  if (orNext && last?.kind === "text") text[text.length - 1] = { ...last, nodes: trimTrailingComma(last.nodes) };
  return { blocks: [...linesToBlocks(text), ...blocks], substeps, orNext };
}

function trimTrailingComma(nodes: PhrasingContent[]): PhrasingContent[] {
  const last = nodes[nodes.length - 1];
  if (last?.type !== "text") return nodes;
  return [...nodes.slice(0, -1), { ...last, value: last.value.replace(/\s*[，,]\s*$/, "") }];
}

/**
 * Every list item becomes a step and nested lists become sub-steps; items joined by "(或)" are
 * ONE step whose options the reader chooses between (one action, ticked once).
 */
export function listToSteps(list: List): StepDraft[] {
  const steps: StepDraft[] = [];
  let group: StepDraft | undefined;
  for (const item of list.children.map(itemToDraft)) {
    const option: RootContent[] = [...item.blocks, ...(item.substeps.length ? [stepsElement(item.substeps)] : [])];
    if (group) group.options!.push(option);
    else if (item.orNext) steps.push((group = { blocks: [], substeps: [], options: [option] }));
    else steps.push({ blocks: item.blocks, substeps: item.substeps });
    if (!item.orNext) group = undefined;
  }
  return steps;
}

function stepElement(step: StepDraft): MdxJsxFlowElement {
  const children: RootContent[] = [...step.blocks];
  if (step.options)
    children.push(
      jsx(
        "Alternatives",
        step.options.map((option) => jsx("Option", option)),
      ),
    );
  if (step.substeps.length > 0) children.push(stepsElement(step.substeps));
  return jsx("Step", children);
}

export function stepsElement(steps: StepDraft[]): MdxJsxFlowElement {
  return jsx("Steps", steps.map(stepElement));
}

/** A lead-in that announces independent causes ("這個錯誤的發生原因有 2 個："), not steps. */
export const causesIntro = /發生原因有|下列可能導致/;
/** A step that states a condition and introduces the list as its procedure ("如果…，請依照下列步驟…"). */
export const conditionIntro = /^如果.*(請依照|請遵循)下列步驟/;

/** A sentence that tells the reader what to do, where a cause's remedy begins. */
const instruction = /請|您必須|^若要|^深入了解/;
const conditional = /^(如果|若)/;

/** Splits "如果 X，do Y" after its condition, so that X reads as the cause and Y as its remedy. */
function splitCondition(sentence: Sentence): [Sentence, Sentence] | undefined {
  const [first, ...rest] = sentence.lines;
  if (first?.kind !== "text") return undefined;
  const at = first.nodes.findIndex((n) => n.type === "text" && n.value.includes("，"));
  if (at < 0) return undefined;
  const node = first.nodes[at] as PhrasingContent & { value: string };
  const cut = node.value.indexOf("，") + 1;
  const head: PhrasingContent[] = [...first.nodes.slice(0, at), { type: "text", value: node.value.slice(0, cut) }];
  const tail: PhrasingContent[] = [{ type: "text", value: node.value.slice(cut) }, ...first.nodes.slice(at + 1)];
  return [{ lines: [{ ...first, nodes: head }] }, { lines: [{ ...first, nodes: tail }, ...rest] }];
}

/** A possible cause: what the article says happened (and how to tell), then what to do about it. */
export function causeOf(sentences: Sentence[]): { cause: Sentence[]; remedy: Sentence[] } {
  const start = sentences.findIndex((s) => instruction.test(sentenceText(s)));
  if (start < 0) return { cause: sentences, remedy: [] };
  if (start === 0 && conditional.test(sentenceText(sentences[0]))) {
    const split = splitCondition(sentences[0]);
    if (split) return { cause: [split[0]], remedy: [split[1], ...sentences.slice(1)] };
  }
  return { cause: sentences.slice(0, start), remedy: sentences.slice(start) };
}

const blocksOfSentences = (sentences: Sentence[]) => linesToBlocks(sentences.flatMap((s) => s.lines));

/** A list of independent causes: `<Causes>`, each `<PossibleCause>` carrying its own `<Remedy>`. */
export function listToCauses(list: List, intro: BlockContent[] = []): MdxJsxFlowElement {
  const causes = list.children.map((item) => {
    const lines = item.children.flatMap((child): Line[] => {
      if (child.type === "paragraph") return toLines(child.children);
      if (child.type === "code") return [{ kind: "code", code: child.value }];
      throw new Error(`A cause holding a ${child.type} is not supported`);
    });
    const { cause, remedy } = causeOf(toSentences(lines));
    const children: RootContent[] = blocksOfSentences(cause);
    if (remedy.length > 0) children.push(jsx("Remedy", blocksOfSentences(remedy)));
    return jsx("PossibleCause", children);
  });
  return jsx("Causes", [...intro, ...causes]);
}
