import type { PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";

/**
 * The article marks most commands and paths with `_..._`, but writes some as plain or quoted
 * text. These patterns find the latter so that every command, registry key and path renders as
 * code (and gets a copy button). Each capture group 1 is the code without its quotes.
 */
const inlineCodePatterns: RegExp[] = [
  /"?(HKEY_[A-Z_]+(?:\\[A-Za-z0-9_.]+)*)"?/g, // registry keys
  /([A-Z]:\\[A-Za-z0-9_.\\-]+)/g, // Windows paths
  /“([a-z][a-z0-9 .-]*)”/g, // commands in curly quotes: “msdtc -uninstall”
  /\b([A-Za-z0-9_-]+\.exe)\b/g, // executables
];

/** A whole line that is a command or a value to type, not prose. */
const codeLinePatterns: RegExp[] = [
  /^\$\w+\s*=/, // PowerShell assignment
  /^[A-Z][a-z]+-[A-Z]\w+(\s+-\w+|$)/, // PowerShell cmdlet call: Get-AzureDns -DnsSettings …
  /^"?\w+"?=dword:[0-9a-f]+$/i, // registry value
  /^[\w\\]+:\([A-Z,]+\)$/, // ACL entry: Everyone:(R,W)
];

export function isCodeLine(text: string): boolean {
  return codeLinePatterns.some((pattern) => pattern.test(text.trim()));
}

function splitText(value: string): PhrasingContent[] {
  const matches = inlineCodePatterns.flatMap((pattern) => [...value.matchAll(pattern)]).sort((a, b) => a.index - b.index);
  const out: PhrasingContent[] = [];
  let cursor = 0;
  for (const match of matches) {
    if (match.index < cursor) continue; // overlapped by an earlier pattern
    if (match.index > cursor) out.push({ type: "text", value: value.slice(cursor, match.index) });
    out.push({ type: "inlineCode", value: match[1] });
    cursor = match.index + match[0].length;
  }
  if (cursor < value.length) out.push({ type: "text", value: value.slice(cursor) });
  return out;
}

const stripQuotes = (value: string) => value.replace(/^['"“]|['"”]$/g, "");

/**
 * Runs on the article's own Markdown, before its HTML is parsed (HTML parsing would collapse
 * spaces and pad emphasis): emphasis in the article always marks code, and a wide gap inside a
 * cell is a line break the table format could not hold.
 */
export function markSourceCode<T extends RootContent>(nodes: T[]): T[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === "emphasis") return [{ type: "inlineCode", value: stripQuotes(toString(node).trim()) }];
    if (node.type === "text") {
      return node.value
        .split(/(?<=\S) {3,}(?=\S)/)
        .flatMap((value, i): RootContent[] => (i ? [{ type: "break" }, { type: "text", value }] : [{ type: "text", value }]));
    }
    if ("children" in node) return [{ ...node, children: markSourceCode(node.children as RootContent[]) } as RootContent];
    return [node];
  }) as T[];
}

/** Finds code written as plain text in the article. */
export function codeify(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === "text") return splitText(node.value);
    if ("children" in node && node.type !== "link") {
      return [{ ...node, children: codeify(node.children as PhrasingContent[]) } as PhrasingContent];
    }
    return [node];
  });
}
