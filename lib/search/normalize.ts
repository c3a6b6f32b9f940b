/** NFKC folds full-width forms (ＡＢＣ，：) to ASCII; case is folded for matching. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

const segmenter = new Intl.Segmenter("zh-Hant", { granularity: "word" });

/** Han characters (CJK Unified Ideographs, Extension A, Compatibility): text without spaces between words. */
export const han = "\\u3400-\\u9fff\\uf900-\\ufaff";
const hanRun = new RegExp(`[${han}]+|[^${han}]+`, "g");
const allHan = new RegExp(`^[${han}]+$`);
const anyHan = new RegExp(`[${han}]`);

/** True when the text contains a Chinese character. */
export function hasHan(text: string): boolean {
  return anyHan.test(text);
}

export const stopwords = new Set([
  "a",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "by",
  "for",
  "from",
  "in",
  "is",
  "it",
  "of",
  "on",
  "or",
  "the",
  "this",
  "to",
  "was",
  "with",
  "please",
  "error",
  "errors",
  "failed",
  "failure",
  "operation",
  "message",
  "code",
  "details",
  "what",
  "how",
  "do",
  "does",
  "i",
  "my",
  "can",
  "cannot",
  "which",
  "why",
  "where",
  "when",
  "who",
  "need",
  "should",
  "would",
  "could",
  "there",
  "any",
  "some",
  "more",
  "than",
  "very",
  "get",
  "got",
  "have",
  "has",
  "had",
  "me",
  "we",
  "you",
  "的",
  "了",
  "是",
  "在",
  "和",
  "與",
  "或",
  "請",
  "您",
  "這",
  "我",
  "如何",
  "錯誤",
  "失敗",
  "作業",
  "訊息",
]);

/**
 * Words for search: Intl.Segmenter splits Chinese (which has no spaces) into words; case and
 * width are folded; stopwords and lone Latin letters are dropped. Deterministic, as fuse.js
 * requires of a tokenizer (it computes term statistics with it).
 */
/** The text as segmenter pieces: words (isWordLike) and what lies between them. */
export function pieces(text: string): { segment: string; isWordLike?: boolean }[] {
  return [...segmenter.segment(text)];
}

/** Words of a text: Intl.Segmenter for Chinese runs, a plain word pattern (much faster) elsewhere. */
function* words(text: string): Generator<{ segment: string; index: number; isWordLike?: boolean }> {
  for (const run of text.matchAll(hanRun)) {
    if (hasHan(run[0][0])) {
      for (const piece of segmenter.segment(run[0])) yield { ...piece, index: run.index + piece.index };
    } else {
      for (const word of run[0].matchAll(/[\p{L}\p{N}_]+/gu)) yield { segment: word[0], index: run.index + word.index, isWordLike: true };
    }
  }
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let previousEnd = -1;
  let previousHan = false;
  for (const { segment, index, isWordLike } of words(normalizeText(text))) {
    if (!isWordLike) continue;
    if (stopwords.has(segment) || /^[a-z]$/.test(segment)) {
      previousEnd = -1;
      continue;
    }
    const isHan = allHan.test(segment);
    // The segmenter leaves words it does not know (金鑰, 寫入器) as single characters; one
    // character matches almost anywhere, so it joins the Chinese word right before it.
    if (isHan && segment.length === 1 && previousHan && previousEnd === index) tokens[tokens.length - 1] += segment;
    else tokens.push(segment);
    previousEnd = index + segment.length;
    previousHan = isHan;
  }
  return tokens;
}
