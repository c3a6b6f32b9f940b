import Fuse, { type FuseResult, type IFuseOptions } from "fuse.js";
import { CandidateFilter } from "./candidates";
import { searchKeys, type SearchDoc } from "./documents";
import { normalizeText, pieces, tokenize } from "./normalize";
import { understandQuery, type UnderstoodQuery } from "./query";
import { Vocabulary } from "./vocabulary";
import type { SerializedIndex } from "./serialized-index";

export interface SearchMatch {
  key: string;
  value: string;
  indices: [number, number][];
}

export interface SearchHit {
  doc: SearchDoc;
  /** The page to open: a guide's matching sub-section when one matched best. */
  url: string;
  /** 0 (perfect) … 1 (nothing); only hits under the relevance threshold are returned. */
  score: number;
  /** The error code of the paste that names this entry exactly. */
  code?: string;
  matches: SearchMatch[];
}

export interface SearchResponse {
  query: UnderstoodQuery;
  /** What was searched, without the words the corpus does not know (names, ids): safe to share. */
  searched: string;
  hits: SearchHit[];
}

/** Scores above this are guesses, not fixes: better "no match" than a confidently wrong page. */
export const relevanceThreshold = 0.6;
/** A segment must keep this share of its words as corpus words… */
const minCoverage = 0.5;
/** …and say something specific (summed IDF): "backup" alone matches everything and means nothing. */
const minInformation = 0.9;
/** Further hits must be about as good as the best: a clear answer is not padded with weak ones. */
const relativeCutoff = 0.25;
/** A paste naming only error codes we do not know is likely another product's error: be stricter. */
const foreignCodeThreshold = 0.25;
/** Only the most telling segments of a long paste are ranked: a log's error line, not its noise. */
const maxRankedSegments = 2;
/** Words handed to fuse.js per segment, most specific first. */
const maxPatternWords = 8;
/** Segments this long that appear verbatim in an entry's message are that message. */
const minPhraseLength = 20;
/** fuse.js ranks this many pre-selected candidates per segment (see CandidateFilter). */
export const candidateCount = 10;

/** fuse.js calls the tokenizer for every record on each (sub-)index build: cache it. */
const tokenCache = new Map<string, string[]>();
function cachedTokenize(text: string): string[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = tokenize(text);
    if (tokenCache.size < 50_000) tokenCache.set(text, tokens);
  }
  return tokens;
}

const fuseOptions: IFuseOptions<SearchDoc> = {
  keys: [...searchKeys],
  useTokenSearch: true,
  tokenize: cachedTokenize,
  ignoreLocation: true,
  includeScore: true,
  includeMatches: true,
  threshold: 0.2, // typos are already corrected against the vocabulary
  minMatchCharLength: 2,
  ignoreFieldNorm: true,
  findAllMatches: true, // every occurrence, so a guide hit can point at the section where the words are
};

interface JudgedSegment {
  text: string;
  pattern: string;
  phrase: string;
  coverage: number;
  weight: number;
  verbatim: boolean;
}

export class SearchEngine {
  private readonly candidates: CandidateFilter;
  private readonly codeIndex = new Map<string, number[]>();
  private readonly vocabulary: Vocabulary;
  private readonly messages: string[];
  readonly knownCodes: ReadonlySet<string>;

  constructor(private readonly data: SerializedIndex) {
    data.docs.forEach((doc, i) => {
      for (const code of doc.codes) this.codeIndex.set(code.toLowerCase(), [...(this.codeIndex.get(code.toLowerCase()) ?? []), i]);
    });
    this.knownCodes = new Set(data.docs.flatMap((d) => d.codes));
    const texts = data.index.records.map((r) => recordText(r));
    this.vocabulary = new Vocabulary(texts, cachedTokenize);
    this.messages = data.index.records.map((r) => phrase(recordText(r, 0)));
    this.candidates = new CandidateFilter(texts);
  }

  get size(): number {
    return this.data.docs.length;
  }

  search(raw: string, limit = 5): SearchResponse {
    const query = understandQuery(raw, this.knownCodes);
    const best = new Map<number, SearchHit>();
    const keep = (index: number, hit: SearchHit) => {
      const current = best.get(index);
      if (!current || hit.score < current.score) best.set(index, { ...hit, code: hit.code ?? current?.code });
      else if (hit.code && !current.code) current.code = hit.code;
    };

    for (const code of query.codes) {
      for (const index of this.codeIndex.get(code.toLowerCase()) ?? []) {
        keep(index, { doc: this.data.docs[index], url: this.data.docs[index].url, score: 0, code, matches: [{ key: "codes", value: code, indices: [[0, code.length - 1]] }] });
      }
    }
    const searched: string[] = [...query.codes];
    const foreign = query.codes.length > 0 && !query.codes.some((c) => this.knownCodes.has(c));
    const threshold = foreign ? foreignCodeThreshold : relevanceThreshold;
    const judged = query.segments.map((segment) => this.judge(segment)).filter((j): j is JudgedSegment => j !== undefined);
    // A line quoting an entry's message word for word is the error; the rest of the paste is context.
    const verbatim = judged.filter((j) => j.verbatim);
    const segments = (verbatim.length > 0 ? verbatim : judged.sort((a, b) => b.weight - a.weight)).slice(0, maxRankedSegments);
    for (const segment of segments) {
      searched.push(this.redact(segment.text));
      for (const result of this.rank(segment.pattern)) {
        if (result.score === undefined) continue;
        const exact = segment.phrase.length >= minPhraseLength && this.messages[result.refIndex].includes(segment.phrase);
        const score = exact ? result.score * 0.01 : 1 - (1 - result.score) * segment.coverage;
        if (score > threshold) continue;
        const current = best.get(result.refIndex);
        const matches = toMatches(result);
        // An exact code hit keeps score 0 but gains the text matches for highlighting.
        if (current?.score === 0) current.matches = [...current.matches, ...matches];
        else keep(result.refIndex, { doc: result.item, url: sectionUrl(result.item, matches, segment.pattern.split(" ")), score, matches });
      }
    }
    const ranked = [...best.values()].sort((a, b) => a.score - b.score);
    const hits = ranked.filter((hit) => hit.score <= ranked[0].score + relativeCutoff).slice(0, limit);
    return { query, searched: searched.join("\n"), hits };
  }

  /**
   * How much a segment is about this corpus: the share of its words the corpus knows (typos
   * corrected) and how specific they are. Segments below the bars are not searched at all.
   */
  private judge(text: string): JudgedSegment | undefined {
    const words = tokenize(text);
    const resolved = words.map((w) => this.vocabulary.resolve(w)).filter((w): w is string => w !== undefined);
    const known = [...new Set(resolved)];
    const coverage = words.length ? resolved.length / words.length : 0;
    const information = known.reduce((sum, w) => sum + this.vocabulary.idf(w), 0);
    if (coverage < minCoverage || information < minInformation) return undefined;
    const phraseText = phrase(text);
    const verbatim = phraseText.length >= minPhraseLength && this.messages.some((m) => m.includes(phraseText));
    // The most specific words carry the query; fuse.js's cost grows with every word.
    const pattern = known.sort((a, b) => this.vocabulary.idf(b) - this.vocabulary.idf(a)).slice(0, maxPatternWords).join(" ");
    return { text, pattern, phrase: phraseText, coverage, weight: information * coverage, verbatim };
  }

  /**
   * Replaces each word the corpus does not know (a VM, host or resource group name) with "___".
   * The placeholder still counts as an unknown word, so searching the shared text again gives
   * the same results.
   */
  private redact(segment: string): string {
    const out: string[] = [];
    let run = "";
    const flush = () => {
      let text = run.normalize("NFKC");
      for (const token of tokenize(run)) {
        if (this.vocabulary.resolve(token) === undefined) text = text.replace(new RegExp(escapeRegExp(token), "i"), "___");
      }
      out.push(text);
      run = "";
    };
    for (const { segment: piece, isWordLike } of pieces(segment)) {
      if (isWordLike) run += piece;
      else {
        flush();
        out.push(piece);
      }
    }
    flush();
    return out.join("").replace(/\s+/g, " ").trim();
  }

  /** fuse.js over the entries that share the most with the segment. */
  private rank(pattern: string): { item: SearchDoc; refIndex: number; score?: number; matches?: FuseResult<SearchDoc>["matches"] }[] {
    const picked = this.candidates.top(pattern, candidateCount);
    const records = picked.map((doc, i) => ({ ...this.data.index.records[doc], i }));
    const docs = picked.map((doc) => this.data.docs[doc]);
    const subset = new Fuse(docs, fuseOptions, Fuse.parseIndex({ keys: this.data.index.keys, records }));
    return subset.search(pattern, { limit: 10 }).map((r) => ({ ...r, refIndex: picked[r.refIndex] }));
  }
}

function toMatches(result: { matches?: FuseResult<SearchDoc>["matches"] }): SearchMatch[] {
  return (result.matches ?? [])
    .filter((m) => m.key && m.value !== undefined)
    .map((m) => ({ key: m.key!, value: m.value!, indices: m.indices.map(([a, b]) => [a, b] as [number, number]) }));
}

/** The text values of one fuse.js index record (of one key, or all). */
function recordText(record: SerializedIndex["index"]["records"][number], key?: number): string {
  const fields = key === undefined ? Object.values(record.$ ?? {}) : [record.$?.[key]];
  return fields
    .flatMap((field) => (field === undefined ? [] : Array.isArray(field) ? field.map((f) => f.v) : [field.v]))
    .join(" ");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A guide's URL with the #anchor of the sub-section where the most distinct query words matched;
 * a query word in the section's own heading (by its stem: "update" in "Updating") counts again.
 */
function sectionUrl(doc: SearchDoc, matches: SearchMatch[], words: string[]): string {
  const sections = doc.sections ?? [];
  const hits = matches
    .filter((m) => m.key === "body")
    .flatMap((m) => m.indices.map(([a, b]) => ({ at: a, word: m.value.slice(a, b + 1).toLowerCase() })));
  let best: { anchor: string; score: number } | undefined;
  sections.forEach((section, i) => {
    const end = sections[i + 1]?.start ?? Infinity;
    const heading = normalizeText(section.title);
    const inSection = new Set(hits.filter((h) => h.at >= section.start && h.at < end).map((h) => h.word)).size;
    const inHeading = words.filter((w) => heading.includes(w.slice(0, 5))).length;
    const score = inSection + inHeading;
    if (inSection > 0 && (!best || score > best.score)) best = { anchor: section.anchor, score };
  });
  return best ? `${doc.url}#${best.anchor}` : doc.url;
}

/** Text for verbatim comparison: folded, punctuation and spacing ignored. */
function phrase(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
