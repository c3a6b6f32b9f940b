import { stemmer } from "stemmer";
import { hasHan, stopwords, tokenize } from "./normalize";

/**
 * What people add around the words that say what failed: questions, politeness, chat filler.
 * Removed before scoring so "how do I fix X, is this normal?" scores like "X". Chinese forms are
 * removed as substrings (there are no spaces); English ones are whole words.
 */
const fillerHan = [
  "要怎麼處理",
  "該怎麼處理",
  "怎麼處理",
  "怎麼解決",
  "如何解決",
  "怎麼辦",
  "該怎麼",
  "要怎麼",
  "怎麼",
  "如何",
  "請問",
  "求救",
  "求助",
  "救命",
  "是正常的嗎",
  "正常嗎",
  "正常的嗎",
  "是不是",
  "為什麼",
  "為何",
  "什麼",
  "有人",
  "遇過",
  "大家",
  "各位",
  "謝謝",
  "感謝",
  "幫忙",
  "一下",
  "我們",
  "我的",
  "你們",
  "他們",
  "自己",
  "然後",
  "可是",
  "但是",
  "其實",
  "到底",
  "好像",
  "是否",
  "這個",
  "那個",
  "這台",
  "那台",
  "裡面",
  "嗎",
  "呢",
  "啊",
  "吧",
  "喔",
  "耶",
  "囉",
  "欸",
];
const fillerHanPattern = new RegExp(fillerHan.join("|"), "g");
const fillerWords = new Set([
  "how",
  "fix",
  "fixed",
  "fixing",
  "solve",
  "resolve",
  "help",
  "anyone",
  "hi",
  "hello",
  "hey",
  "thanks",
  "thank",
  "guys",
  "team",
  "is",
  "this",
  "that",
  "it",
  "its",
  "normal",
  "expected",
  "ok",
  "okay",
  "we",
  "our",
  "us",
  "im",
  "i'm",
  "ive",
  "am",
  "just",
  "still",
  "keeps",
  "keep",
  "getting",
  "seeing",
  "see",
  "saw",
  "now",
  "again",
  "also",
  "so",
  "but",
  "if",
  "then",
  "into",
  "about",
  "after",
  "before",
  "all",
  "every",
  "way",
  "any",
  "idea",
  "ideas",
  "issue",
  "issues",
  "problem",
  "problems",
  "question",
  "suggestion",
  "suggestions",
  "happening",
  "happen",
  "happens",
  "wrong",
  "going",
  "on",
  "there",
  "here",
  "know",
  "does",
  "did",
  "done",
  "should",
  "would",
  "will",
  "be",
  "been",
  "being",
  "are",
  "was",
  "were",
  "an",
]);

/**
 * Everyday Taiwan forms of the article's words ("掛掉" for 失敗, "重開機" for 重新啟動), read as the
 * article's word in pages and queries alike: a colloquial verb is neither unknown nor news.
 */
const colloquialHan: [RegExp, string][] = [
  [/掛掉|壞掉|爆掉|出錯|報錯|噴錯/g, "失敗"],
  [/重開機|重開|重啟/g, "重新啟動"],
  [/升級/g, "更新"],
  [/刪掉|砍掉/g, "刪除"],
  [/虛機/g, "虛擬機器"],
  [/([a-z])\s?槽/gi, "$1 磁碟機"], // "D 槽": the D drive
  [/(有|沒|沒有|重|已經)裝(?![置載])/g, "$1安裝"],
  [/裝(了|好|不起來|不上)/g, "安裝$1"],
];

/**
 * The same for English chat: contractions read as "not" (typed with or without the apostrophe),
 * and the ways people say a job failed or hung read as the article's words.
 */
const colloquialEnglish: [RegExp, string][] = [
  [/\b(won|can|couldn|doesn|didn|isn|wasn|aren|don|wouldn|shouldn|haven|hasn)['’]?t\b/gi, "not"],
  [/\b(dies|died|dying|broke|broken)\b/gi, "failed"],
  [/\b(hangs|hung|hanging)\b/gi, "stuck"],
  // Durations and times of day as people type them: "14 hrs", "3h", "9am".
  [/\b(\d+)\s?(hrs?|h)\b/gi, "$1 hours"],
  [/\b(\d+)\s?mins?\b/gi, "$1 minutes"],
  [/\b\d{1,2}\s?[ap]m\b/gi, " "],
];

/** Chat filler and question wording removed, and colloquial forms read as the article's, for both languages. */
export function withoutFiller(text: string): string {
  return [...colloquialHan, ...colloquialEnglish].reduce((t, [form, word]) => t.replace(form, word), text).replace(fillerHanPattern, " ");
}

/**
 * A query's terms: English words stemmed (Porter: "freezing" and "freeze" meet), Chinese words as
 * character bigrams (the segmenter splits a short query differently from a long page; bigrams meet
 * either way). Stopwords and filler never become terms.
 */
export function terms(text: string): string[] {
  return termsWithPairs(text).words;
}

/** A page's terms: as a query's, and each short run-together identifier also whole. */
export function indexTerms(text: string): string[] {
  return wordTerms(text, true);
}

/**
 * Terms plus pairs of adjacent English terms ("site recovery", "recovery services agent" vs
 * "… extension"): a pair tells products and parts apart where single words cannot.
 */
export function termsWithPairs(text: string): { words: string[]; pairs: string[] } {
  const words = wordTerms(text);
  return { words, pairs: pairsOf(words) };
}

/** The pairs of adjacent English terms of a field's or a query's terms. */
export function pairsOf(words: string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) {
    if (/^[a-z]/.test(words[i - 1]) && /^[a-z]/.test(words[i])) pairs.push(`${words[i - 1]} ${words[i]}`);
  }
  return pairs;
}

/** Addresses are not words: "go.microsoft.com" in a message must not make "COM+" match it. */
const addresses = /\bhttps?:\/\/\S+|\b(?:[a-z0-9-]+\.)+(?:com|net|org|io)\b/gi;

/** A word that runs several together in mixed case ("HostGAPluginServiceClient", "VMSnapshotLinux"). */
const identifier = /[\p{Script=Latin}\p{N}]*\p{Ll}\p{Lu}[\p{Script=Latin}\p{N}]*/gu;

/** "HostGAPluginServiceClient" → "Host GA Plugin Service Client". */
function splitIdentifier(id: string): string {
  return id.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, "$1 $2");
}

/**
 * Identifiers in logs are words run together: a query reads them as their words. A page also keeps
 * a short one whole, so "guestagent" typed in lower case still meets the page's "GuestAgent" (long
 * ones, codes and cmdlets, are pasted as printed, not typed). A query keeps only the words: a
 * rare whole name ("VMSnapshot") would otherwise outweigh what the line says failed.
 */
function wordTerms(text: string, keepIdentifiers = false): string[] {
  const spaced = text.replace(addresses, " ").replace(identifier, (id) => {
    const words = splitIdentifier(id);
    const parts = words.toLowerCase().split(" ");
    // A name whose split would lose a part ("vCenter", "IaaS"; "MySQL": "my" is a stopword) is one word.
    if (parts.some((part) => part.length < 2 || (part.length === 2 && stopwords.has(part)))) return id;
    return keepIdentifiers && parts.length <= 3 ? `${id} ${words}` : words;
  });
  const out: string[] = [];
  for (const token of tokenize(withoutFiller(spaced))) {
    if (hasHan(token)) {
      if (token.length <= 2) out.push(token);
      else for (let i = 0; i + 1 < token.length; i++) out.push(token.slice(i, i + 2));
    } else if (!fillerWords.has(token) && !/^\d+$/.test(token)) {
      // Numbers (counts, sizes, versions, ids) are not terms; codes are matched as codes.
      out.push(/^[a-z]+$/.test(token) && token.length > 3 ? stemmer(token) : token);
    }
  }
  return out;
}
