import type { BlockContent, List, PhrasingContent, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import type { Frontmatter } from "../content/schema";
import { codeify } from "./code-spans";
import { htmlToMdast } from "./html-to-mdast";
import { linesToBlocks, sentenceText, toLines, toSentences, type Sentence } from "./lines";
import type { RowConfig, RowLayout } from "./row-config";
import type { ArticleRow } from "../article/parse";
import { causesIntro, conditionIntro, jsx, listToCauses, listToSteps, stepsElement, type StepDraft } from "./steps";

export interface GeneratedEntry {
  frontmatter: Frontmatter;
  body: Root;
}

const alternativeLine = /^\(?(或|or)\)?$/i;

/** The message cell, split where it lists two wordings ("<br>或<br>"). */
export function rowMessages(row: ArticleRow): string[] {
  const messages: string[][] = [[]];
  for (const block of htmlToMdast(row.message)) {
    if (block.type !== "paragraph") continue;
    let line: PhrasingContent[] = [];
    const flush = () => {
      const text = toString({ type: "paragraph", children: line }).trim();
      if (alternativeLine.test(text)) messages.push([]);
      else if (text) messages[messages.length - 1].push(text);
      line = [];
    };
    for (const node of block.children) {
      if (node.type === "break") flush();
      else line.push(node);
    }
    flush();
  }
  return messages.map((parts) => parts.join(" ")).filter(Boolean);
}

/** The first clause of the message: what went wrong, without the advice. */
export function titleFromMessage(message: string): string {
  return message.split(/ - |：|。/)[0].trim();
}

/** The advice the message carries itself (after " - " or "："; else its "請…" sentences). */
export function messageAction(message: string): string | undefined {
  const separator = /\s-\s|：/.exec(message);
  if (separator) return message.slice(separator.index + separator[0].length).trim() || undefined;
  const advice = message.split(/(?<=。)\s*/).filter((s) => s.startsWith("請"));
  return advice.length > 0 ? advice.join(" ") : undefined;
}

const endsWithColon = (s: Sentence) => /[：:︰]$/.test(sentenceText(s));

function defaultLayout(sentences: Sentence[], preListCount: number, hasList: boolean): RowLayout {
  const all = sentences.map((_, i) => i + 1);
  if (!hasList) return { cause: all.slice(0, 1), steps: all.slice(1).map((n) => [n]) };
  const pre = all.slice(0, preListCount);
  const leadIn = pre.length > 0 && endsWithColon(sentences[pre.length - 1]) ? [pre.pop()!] : [];
  const post = all.slice(preListCount);
  return { cause: pre, steps: [], lead: leadIn, notes: post.length > 0 ? [post] : [] };
}

function assertEveryPlacedOnce(layout: RowLayout, count: number, where: string): void {
  const placed = [layout.cause, ...layout.steps, layout.lead ?? [], ...(layout.notes ?? [])].flat().sort((a, b) => a - b);
  const expected = Array.from({ length: count }, (_, i) => i + 1);
  if (placed.join() !== expected.join()) {
    throw new Error(`${where}: layout places sentences [${placed}] but the row has ${count} sentence(s); each must be placed once`);
  }
}

function blocksOf(sentences: Sentence[], numbers: number[]): BlockContent[] {
  return linesToBlocks(numbers.flatMap((n) => sentences[n - 1].lines));
}

function actionStep(message: string, where: string): StepDraft {
  const action = messageAction(message);
  if (!action) throw new Error(`${where}: the row has no steps and its message carries no recommended action`);
  return { blocks: [{ type: "paragraph", children: codeify([{ type: "text", value: action }]) }], substeps: [] };
}

const firstSentence = (nodes: RootContent[]) =>
  plainText(nodes)
    .split(/(?<=。)/)[0]
    .replace(/[：:︰，]$/, "");

/** "cause A；cause B。": the first sentence of each possible cause (without its remedy). */
function causesSummary(causes: MdxJsxFlowElement): string {
  const statements = causes.children
    .filter((c): c is MdxJsxFlowElement => c.type === "mdxJsxFlowElement" && c.name === "PossibleCause")
    .map((c) => firstSentence(c.children.filter((x) => x.type === "paragraph") as RootContent[]).replace(/。$/, ""));
  return `${statements.join("；")}。`;
}

function plainText(nodes: RootContent[]): string {
  return toString({ type: "root", children: nodes }).replace(/\s+/g, " ").trim();
}

export function rowToEntry(row: ArticleRow, config: RowConfig, codes: string[]): GeneratedEntry {
  const where = `${row.section} row ${row.row}`;
  const errors = rowMessages(row);
  const blocks = htmlToMdast(row.workaround);
  const listIndex = blocks.findIndex((b) => b.type === "list");
  const list = listIndex >= 0 ? (blocks[listIndex] as List) : undefined;
  if (blocks.filter((b) => b.type === "list").length > 1) throw new Error(`${where}: more than one list in the workaround`);
  const isNone = plainText(blocks) === "None";
  const proseOf = (part: RootContent[]) => toSentences(part.flatMap((b) => (b.type === "paragraph" ? toLines(b.children) : [])));
  const pre = isNone ? [] : proseOf(list ? blocks.slice(0, listIndex) : blocks);
  const post = list ? proseOf(blocks.slice(listIndex + 1)) : [];
  const sentences = [...pre, ...post];
  const layout = config.layout ?? defaultLayout(sentences, pre.length, Boolean(list));
  assertEveryPlacedOnce(layout, sentences.length, where);

  const steps: StepDraft[] = layout.steps.map((numbers) => ({ blocks: blocksOf(sentences, numbers), substeps: [] }));
  const leadText = (layout.lead ?? []).map((n) => sentenceText(sentences[n - 1])).join(" ");
  const lastStep = layout.steps[layout.steps.length - 1];
  const listIsCauses = list && (config.listAs === "causes" || causesIntro.test(leadText));
  const listIsCondition = list && lastStep && conditionIntro.test(sentenceText(sentences[lastStep[lastStep.length - 1] - 1]));
  if (list && listIsCondition) steps[steps.length - 1].substeps = listToSteps(list);
  else if (list && !listIsCauses) steps.push(...listToSteps(list));
  if (layout.messageActionFirst) steps.unshift(actionStep(errors[0], where));
  if (steps.length === 0 && !listIsCauses) steps.push(actionStep(errors[0], where));

  const body: RootContent[] = [];
  const cause = blocksOf(sentences, layout.cause);
  const lead = blocksOf(sentences, layout.lead ?? []);
  const causes = list && listIsCauses ? listToCauses(list, lead) : undefined;
  if (cause.length > 0) body.push(jsx("Cause", cause));
  if (causes) body.push(causes);
  if (steps.length > 0) body.push(jsx("Fix", [...(causes ? [] : lead), stepsElement(steps)]));
  for (const note of layout.notes ?? []) body.push(jsx("Note", blocksOf(sentences, note)));

  const leadIsIntro = /[：:︰]$/.test(leadText); // "若要修正此錯誤：" introduces; it does not summarize
  const summary =
    config.summary ??
    (cause.length > 0
      ? firstSentence(cause)
      : lead.length > 0 && !leadIsIntro
        ? firstSentence(lead)
        : causes
          ? causesSummary(causes)
          : firstSentence(steps[0].blocks));
  return {
    frontmatter: {
      id: config.id,
      category: row.section as Frontmatter["category"],
      title: config.title ?? titleFromMessage(errors[0]),
      errors,
      codes,
      source: { section: row.section, row: row.row },
      summary,
      related: config.related ?? [],
    },
    body: { type: "root", children: body },
  };
}
