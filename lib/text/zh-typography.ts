/**
 * Taiwan typography for zh-TW prose: full-width punctuation, no stray spaces after a full stop,
 * and a space between Chinese and Latin letters or digits ("Key Vault 權限"). Runs on prose only;
 * commands, paths and the service's own messages are never passed through it.
 */
const han = "\\p{Script=Han}";
const fullWidthPunctuation = "。，、；：！？「」『』（）";

const rules: [RegExp, string | ((...m: string[]) => string)][] = [
  [/︰/gu, "："], // vertical-form colon: wraps to a line start
  [new RegExp(`([${han}」）])\\s*:\\s*`, "gu"), "$1："],
  [new RegExp(`([${han}」）])\\s*,\\s*`, "gu"), "$1，"],
  [new RegExp(`\\s*,\\s*(?=[${han}])`, "gu"), "，"],
  [new RegExp(`([${han}])\\.(?=\\s|$)`, "gu"), "$1。"],
  // Parentheses around Chinese text are full-width, without the spaces around them.
  [new RegExp(`\\s*\\(([^()]*${"[" + han + "]"}[^()]*)\\)\\s*`, "gu"), (_, inner) => `（${inner.trim()}）`],
  // Quoted names: 「…」 (straight or curly quotes, even mismatched, as the article has them).
  [/\s*["“]([^"“”\n]+)["”]\s*/gu, (_, inner) => `「${inner.trim()}」`],
  [new RegExp(`\\s+([${fullWidthPunctuation}])`, "gu"), "$1"],
  [new RegExp(`([${fullWidthPunctuation}])[ \\t]+`, "gu"), "$1"],
  [new RegExp(`([${han}])[ \\t]+(?=[${han}])`, "gu"), "$1"],
  [new RegExp(`([${han}])(?=[A-Za-z0-9])`, "gu"), "$1 "],
  [new RegExp(`([A-Za-z0-9%])(?=[${han}])`, "gu"), "$1 "],
];

export function typesetZh(text: string): string {
  return rules.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement as string), text);
}

/**
 * Typesets a run of prose split around code or links: each piece sees its neighbours' edge
 * characters, so "。 " before a link loses its space and "權限" after "Key Vault" gains one.
 */
export function typesetZhPieces(pieces: { text: string; before?: string; after?: string }[]): string[] {
  return pieces.map(({ text, before = "", after = "" }) => {
    // Sentinels stand for the neighbours so that rules see across the seam without changing them.
    const set = typesetZh(`${before}${text}${after}`);
    if (set.startsWith(before) && set.endsWith(after)) return set.slice(before.length, set.length - after.length);
    return typesetZh(text);
  });
}

/** What a zh-TW string would become, or undefined when it is already set right. */
export function typographyProblem(text: string): string | undefined {
  const set = typesetZh(text);
  return set === text ? undefined : set;
}
