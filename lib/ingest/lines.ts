import type { BlockContent, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { codeify, isCodeLine } from "./code-spans";

/** One `<br>`-separated line of a table cell or list item, classified. */
export type Line =
  | { kind: "text"; nodes: PhrasingContent[]; source: number }
  | { kind: "bullet"; nodes: PhrasingContent[] }
  | { kind: "code"; code: string }
  | { kind: "or" };

const alternativeMarker = /^\(?(或|or)\)?$/i;
const exampleCommand = /^(例如|For example)\s*[：:]\s*(.+)$/;

function trimEdges(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = nodes.map((n) => ({ ...n }));
  const first = out[0];
  const last = out[out.length - 1];
  if (first?.type === "text") first.value = first.value.trimStart();
  if (last?.type === "text") last.value = last.value.trimEnd();
  return out.filter((n) => n.type !== "text" || n.value !== "");
}

function splitAtBreaks(nodes: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === "break") lines.push([]);
    else lines[lines.length - 1].push(node);
  }
  return lines;
}

/** Code on one line: PowerShell written as one line with wide gaps was several commands. */
const codeLines = (text: string): Line[] => text.split(/\s{3,}/).map((code) => ({ kind: "code", code: code.trim() }));

/** Identifies the article line of each text line, so sentences split from one line can be joined again. */
let lineCounter = 0;

export function toLines(nodes: PhrasingContent[]): Line[] {
  return splitAtBreaks(nodes).flatMap((raw): Line[] => {
    const line = trimEdges(raw);
    const plain = toString({ type: "paragraph", children: line }).trim();
    if (plain === "") return [];
    if (alternativeMarker.test(plain)) return [{ kind: "or" }];
    if (line.length === 1 && line[0].type === "inlineCode") return [{ kind: "code", code: line[0].value }];
    if (isCodeLine(plain)) return codeLines(plain);
    const example = exampleCommand.exec(plain);
    if (example && line.length === 1) {
      return [{ kind: "text", nodes: [{ type: "text", value: `${example[1]}：` }], source: ++lineCounter }, ...codeLines(example[2])];
    }
    if (plain.startsWith("-") && line[0].type === "text") {
      const [head, ...rest] = line;
      return [{ kind: "bullet", nodes: codeify(trimEdges([{ ...head, value: head.value.replace(/^-\s*/, "") }, ...rest])) }];
    }
    return [{ kind: "text", nodes: codeify(line), source: ++lineCounter }];
  });
}

/** Lines as Markdown blocks: text lines are paragraphs, runs of code one code block, runs of dashes one list. */
export function linesToBlocks(lines: Line[]): BlockContent[] {
  const blocks: BlockContent[] = [];
  let previousSource: number | undefined;
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    if (line.kind === "text") {
      // Sentences cut from one source line join back into one paragraph.
      if (last?.type === "paragraph" && previousSource === line.source) {
        last.children.push({ type: "text", value: " " }, ...line.nodes);
      } else {
        blocks.push({ type: "paragraph", children: [...line.nodes] });
      }
      previousSource = line.source;
      continue;
    }
    previousSource = undefined;
    if (line.kind === "code") {
      if (last?.type === "code") last.value += `\n${line.code}`;
      else blocks.push({ type: "code", value: line.code });
    } else if (line.kind === "bullet") {
      const item = { type: "listItem" as const, spread: false, children: [{ type: "paragraph" as const, children: line.nodes }] };
      if (last?.type === "list" && !last.ordered) last.children.push(item);
      else blocks.push({ type: "list", ordered: false, spread: false, children: [item] });
    }
  }
  return blocks;
}

/** A sentence of prose with the code and dash lines that follow it. */
export interface Sentence {
  lines: Line[];
}

function splitSentences(nodes: PhrasingContent[]): PhrasingContent[][] {
  const sentences: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type !== "text") {
      sentences[sentences.length - 1].push(node);
      continue;
    }
    const pieces = node.value.split(/(?<=。)/);
    pieces.forEach((piece, i) => {
      if (i > 0) sentences.push([]);
      sentences[sentences.length - 1].push({ type: "text", value: piece });
    });
  }
  return sentences.map(trimEdges).filter((s) => s.length > 0);
}

export function toSentences(lines: Line[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of lines) {
    if (line.kind === "text") {
      for (const nodes of splitSentences(line.nodes)) sentences.push({ lines: [{ ...line, nodes }] });
    } else if (sentences.length > 0) {
      sentences[sentences.length - 1].lines.push(line);
    } else {
      sentences.push({ lines: [line] });
    }
  }
  return sentences;
}

export function sentenceText(sentence: Sentence): string {
  return sentence.lines
    .map((line) => (line.kind === "code" ? line.code : line.kind === "or" ? "" : toString({ type: "paragraph", children: line.nodes })))
    .join(" ")
    .trim();
}
