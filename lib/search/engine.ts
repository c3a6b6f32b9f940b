import { Bm25Index } from "./bm25";
import { CodeBook } from "./codes";
import { fieldKeys, fieldWeights, minPhraseLength, type OtherProduct, type SearchDoc } from "./fields";
import type { OperatingSystem } from "../content/browse";
import { hasHan, pieces, tokenize } from "./normalize";
import { pasteOs } from "./paste-os";
import { limits, understandQuery, verbatimForm, type UnderstoodQuery } from "./query";
import { confidence, relevanceModel, type RelevanceFeatures, type RelevanceModel } from "./relevance";
import { unpackTerms, type FieldTerms, type SerializedIndex, type SerializedOutOfScope, type SerializedPage } from "./serialized-index";
import { Spelling } from "./spelling";
import { indexTerms, pairsOf, terms, termsWithPairs } from "./terms";

export interface SearchMatch {
  key: string;
  value: string;
  /** Inclusive character ranges of whole query words in `value`. */
  indices: [number, number][];
}

export interface SearchHit {
  doc: SearchDoc;
  /** The page to open: a guide's matching sub-section when one matched best. */
  url: string;
  /** 0 (certain) … 1 (nothing): 1 − confidence. */
  score: number;
  /** The error code of the paste that names this entry. */
  code?: string;
  matches: SearchMatch[];
}

/** A code of the paste the portal recognised: with a fix here, or not (then its code page says where to go). */
export interface RecognizedCode {
  code: string;
  covered: boolean;
  /** The id of the other product whose code it is. */
  workload?: string;
}

export interface SearchResponse {
  query: UnderstoodQuery;
  /** What was searched, words the corpus does not know (names, ids) replaced by "…": safe to share. */
  searched: string;
  /** How many words of the searched lines were left out that way. */
  removed: number;
  /** Confident fixes, best first. */
  hits: SearchHit[];
  /** When nothing is confident: up to three pages that might be related, clearly not an answer. */
  suggestions: SearchHit[];
  codes: RecognizedCode[];
  /** When there is no fix: the product the paste belongs to instead (by its code, or its text is nearest to that product's). */
  product?: OtherProduct;
  /** Confidence of the best page (0 … 1). */
  confidence: number;
  /** Why: the best segment's features and its best page; for calibration. */
  evidence?: { features: RelevanceFeatures; top: string };
}

/** What the shared query shows for a word it left out; searched again, it counts as an unknown word. */
export const removedMark = "⋯"; // not "…", which NFKC turns into "..."
/** Further hits must score at least this share of the best: a clear answer is not padded with weak ones. */
const relativeCutoff = 0.6;
/** A related page scoring at least this share of the best is part of the same topic (see analyse). */
const topicTie = 0.8;
/**
 * Words that say a paste is about backup at all (see RelevanceFeatures.backupContext): English as
 * query terms, Chinese as written (its character pairs are too loose: 保存 is any "save", 代理 a
 * proxy). The VM agent and the extension are what backup runs on: a question about them is in context.
 */
const contextTerms = new Set(["backup", "restore", "snapshot", "vault", "job", "agent", "waagent", "extension"].flatMap(terms));
const contextHan = ["備份", "還原", "快照", "保存庫", "復原", "代理程式", "擴充功能"];
/** A line that reports a failure, not context around it. */
const failureLine = /error|exception|fail|錯誤|失敗/i;
/** Possibly-related pages shown when nothing is confident. */
const maxSuggestions = 3;

interface Analysis {
  text: string;
  /** Every row it matches (pages, then what the portal does not cover), best first. */
  scores: [number, number][];
  /** The best page's row. */
  page: number;
  /** It and the related pages it nearly ties with: one topic (see analyse). */
  topic: number[];
  /** The best thing the portal does not cover, when it outscores the page: its row and by how much. */
  outranking?: Elsewhere;
  features: RelevanceFeatures;
  confidence: number;
  query: Map<string, number>;
  words: string[];
  /** The information of the words the corpus does not know. */
  unknownInfo: number;
}

/** An out-of-scope row a line is nearer to than to any page: `ratio` is its score over the best page's (Infinity: no page matched). */
interface Elsewhere {
  row: number;
  ratio: number;
}

const noRows: ReadonlySet<number> = new Set();

/** Each row's terms (pages, then what the portal does not cover), field by field in `fieldKeys` order. */
type RowTerms = string[][][];

/** The searched rows: the pages' records, then the out-of-scope ones (with their code, if any). */
function rowsOf(data: SerializedIndex): { terms: FieldTerms; code?: string }[] {
  return [...data.records, ...data.outOfScope];
}

function termsOfRow({ terms, code }: { terms: FieldTerms; code?: string }): string[][] {
  return fieldKeys.map((key) => {
    // An out-of-scope code is the first word of its message (stored once, as `code`).
    const words = [...(code && key === "message" ? indexTerms(code) : []), ...unpackTerms(terms[key])];
    return [...words, ...pairsOf(words)];
  });
}

function termsOfRows(data: SerializedIndex): RowTerms {
  return rowsOf(data).map(termsOfRow);
}

/** Work between two pauses: a frame's worth on a laptop, a few frames on a phone (a long task is 50 ms). */
const sliceMs = 8;

/**
 * The engine built in slices with `pause()` between them (the browser yields to input and paint
 * there): reading every row's terms, then the rest at once (about 50 ms on a laptop for the real
 * corpus, most of it term statistics; the terms themselves come tokenized in the index).
 */
export async function buildSearchEngine(data: SerializedIndex, pause: () => Promise<void>): Promise<SearchEngine> {
  const rowTerms: RowTerms = [];
  let sliceStart = performance.now();
  for (const row of rowsOf(data)) {
    rowTerms.push(termsOfRow(row));
    if (performance.now() - sliceStart < sliceMs) continue;
    await pause();
    sliceStart = performance.now();
  }
  await pause();
  return new SearchEngine(data, relevanceModel, rowTerms);
}

export class SearchEngine {
  private readonly bm25: Bm25Index;
  private readonly spelling: Spelling;
  private readonly codeBook: CodeBook;
  private readonly docs: SearchDoc[];
  private readonly records: SerializedPage[];
  private readonly outOfScope: SerializedOutOfScope[];
  private readonly products: Map<string, OtherProduct>;
  /** Each page's printed messages, in their word-for-word form (see `verbatimForm`). */
  private readonly messages: string[][];
  private readonly sectionTerms: (Set<string>[] | undefined)[];
  private readonly unseenIdf: number;
  /** Words only other products use, more than once ("MARS", "CBEngine", "檔案共用", "replica"): signs of another product. */
  private readonly foreignTerms: Set<string>;
  /** Each product's own names and jargon that our pages never use ("MARS", "CBEngine", "Velero"): a paste must say one to be called that product's. */
  private readonly productTerms: Map<string, Set<string>>;
  /** Each page's related pages, both ways round. */
  private readonly related: Set<number>[];
  /** For a paste from each operating system, the rows of the pages whose fix is for the other one only. */
  private readonly otherOsRows: Record<OperatingSystem, Set<number>>;
  /** Each row's message and phrase terms: what the page is about, as opposed to words its steps mention. */
  private readonly headTerms: Set<string>[];

  /**
   * `model`: the calibrated relevance model; another one only while calibrating. `rowTerms`: the
   * rows' terms when already read (see `buildSearchEngine`).
   */
  constructor(
    data: SerializedIndex,
    private readonly model: RelevanceModel = relevanceModel,
    rowTerms: RowTerms = termsOfRows(data),
  ) {
    this.docs = data.docs;
    this.records = data.records;
    this.outOfScope = data.outOfScope;
    this.products = new Map(data.products.map((p) => [p.id, p]));
    const fields = fieldKeys.map((key, i) => ({ weight: fieldWeights[key], terms: rowTerms.map((row) => row[i]) }));
    this.bm25 = new Bm25Index(fields, data.records.length);
    this.headTerms = rowTerms.map(([message, phrases]) => new Set([...message, ...phrases]));
    const ours = new Set(rowTerms.slice(0, data.records.length).flatMap((row) => row.flat()));
    this.foreignTerms = foreignVocabulary(rowTerms.slice(data.records.length), data.outOfScope, ours);
    this.unseenIdf = this.bm25.idf("\u0000");
    this.spelling = new Spelling(this.bm25.vocabulary());
    // Another product's code is known by its record: the code book need not list it twice.
    const otherCodes = data.outOfScope.flatMap(({ code, product }) =>
      code && product ? [{ code, variants: [], fix: [], workload: product }] : [],
    );
    this.codeBook = new CodeBook([...data.codes, ...otherCodes]);
    this.related = relatedRows(data.docs);
    const rowsFor = (os: OperatingSystem) => new Set(data.docs.flatMap((doc, row) => (doc.os && doc.os !== os ? [row] : [])));
    this.otherOsRows = { windows: rowsFor("windows"), linux: rowsFor("linux") };
    this.productTerms = productVocabulary(data.outOfScope, rowTerms.slice(data.records.length), ours);
    this.messages = data.records.map((r) => r.printed);
    this.sectionTerms = data.docs.map((doc, i) => {
      if (!doc.sections) return undefined;
      const body = unpackTerms(data.records[i].terms.body);
      return doc.sections.map((s, j) => new Set(body.slice(s.start, doc.sections![j + 1]?.start ?? undefined)));
    });
  }

  get size(): number {
    return this.docs.length;
  }

  search(raw: string, limit = 5): SearchResponse {
    const query = understandQuery(raw, this.codeBook);
    // Adjacent lines are also read together: consoles wrap a long message over two lines.
    const lines = query.segments.map((text) => ({ text, ...termsWithPairs(text) }));
    const joined = lines.slice(1).map((b, i) => {
      const a = lines[i];
      const seam = a.words.length && b.words.length ? [`${a.words[a.words.length - 1]} ${b.words[0]}`] : [];
      return { text: `${a.text} ${b.text}`, words: [...a.words, ...b.words], pairs: [...a.pairs, ...seam, ...b.pairs] };
    });
    // A fix for one operating system is no answer to a paste plainly from the other.
    const excluded = query.os ? this.otherOsRows[query.os] : noRows;
    const segments = [...lines, ...joined];
    const read = segments.map((line) => this.analyse(line, excluded));
    let analyses = read.filter((a): a is Analysis => a !== undefined && "page" in a);
    // In a paste of several lines, a line of one known word ("name", "status") is noise, not the error.
    if (analyses.some((a) => a.query.size > 1)) analyses = analyses.filter((a) => a.query.size > 1 || a.features.verbatim);
    const terms = pasteTerms(analyses);
    const { foreign, markers } = this.foreignShare(terms);
    const coverageOf = this.pasteCoverage(terms, read.slice(0, lines.length));
    // Read from the known terms, so that a typo ("waagnet") counts as the word it was corrected to.
    const backupContext = Number(
      [...terms.keys()].some((term) => contextTerms.has(term)) || query.segments.some((line) => contextHan.some((w) => line.includes(w))),
    );
    const failureElsewhere = Number(read.some((a, i) => (elsewhereOf(a)?.ratio ?? 0) >= 2 && failureLine.test(segments[i].text)));
    for (const a of analyses) {
      a.features.pasteCoverage = coverageOf(a.topic);
      a.features.backupContext = backupContext;
      a.features.failureElsewhere = failureElsewhere;
      a.features.foreign = foreign;
      a.features.markers = markers;
      a.confidence = confidence(a.features, this.model);
    }
    // A printed message quoted word for word is the surest text there is: it outranks any other line.
    const best = analyses.sort((a, b) => b.features.verbatim - a.features.verbatim || b.confidence - a.confidence)[0];

    const codes = query.codes.map((c) => ({ code: c.code, covered: c.fix.length > 0, ...(c.workload && { workload: c.workload }) }));
    const covered = query.codes.filter((c) => c.fix.length > 0);
    // One or two words the pages use, and nothing else, is a request to browse: rank, don't refuse.
    const browsing = best !== undefined && analyses.length === 1 && query.codes.length === 0 && this.isBrowse(best);
    const shared = this.shareable(query);
    const response = (hits: SearchHit[], suggestions: SearchHit[] = []): SearchResponse => ({
      query,
      ...shared,
      hits: hits.slice(0, limit),
      suggestions,
      ...(hits.length ? { codes } : this.elsewhere(read, lines, codes)),
      confidence: hits.length ? 1 - hits[0].score : (best?.confidence ?? 0),
      ...(best && { evidence: { features: best.features, top: this.docs[best.page].id } }),
    });

    if (covered.length > 0) {
      // A known code is the surest sign there is: its pages first, ordered by how well the text agrees.
      const fixes = [...new Set(covered.flatMap((c) => c.fix))];
      const codeOf = (id: string) => covered.find((c) => c.fix.includes(id))!.code;
      // The page where the article prints the code comes first; the text decides between equals.
      const names = new Set(covered.flatMap((c) => [c.code, ...c.variants]).map((name) => name.toLowerCase()));
      const printsIt = (row: number) => this.docs[row].codes.some((code) => names.has(code.toLowerCase()));
      // A paste's lines all speak for the page, not only its best one: the text's say between a code's pages sums them.
      const textScore = new Map<number, number>();
      for (const a of analyses) for (const [row, score] of a.scores) textScore.set(row, (textScore.get(row) ?? 0) + score);
      const rows = fixes
        .map((id) => this.docs.findIndex((d) => d.id === id))
        .filter((row) => row >= 0)
        .sort((a, b) => Number(printsIt(b)) - Number(printsIt(a)) || (textScore.get(b) ?? 0) - (textScore.get(a) ?? 0));
      return response(rows.map((row, rank) => this.hit(row, rank === 0 ? 0 : 0.01, best, codeOf(this.docs[row].id))));
    }
    if (!best) return response([]);
    // A code of something this article does not cover, or of another workload, is only overruled by a printed message quoted word for word.
    if (codes.length > 0 && best.features.verbatim === 0) return response([]);

    const entries = best.scores.filter(([row]) => row < this.docs.length);
    if (best.confidence < this.model.threshold && !browsing) {
      const related = entries.slice(0, maxSuggestions).map(([row]) => this.hit(row, 1 - best.confidence, best));
      return response([], related);
    }
    const top = entries[0][1];
    const hits = entries
      .filter(([, score]) => score >= top * relativeCutoff)
      .map(([row], rank) => this.hit(row, rank === 0 ? 1 - best.confidence : 1 - best.confidence * (entries[rank][1] / top), best));
    return response(hits);
  }

  /** Scores one segment and judges how sure the best page is. */
  private analyse(
    { text, words, pairs }: { text: string; words: string[]; pairs: string[] },
    excluded: ReadonlySet<number>,
  ): Analysis | Elsewhere | undefined {
    const query = new Map<string, number>();
    let unknown = text.split(removedMark).length - 1;
    for (const term of words) {
      const corrected = this.bm25.has(term) ? term : this.spelling.correct(term);
      if (corrected) query.set(corrected, (query.get(corrected) ?? 0) + (corrected === term ? 1 : 0.8));
      // A Chinese word the corpus lacks is several bigrams: each counts as part of a word, not a word.
      else unknown += hasHan(term) ? 0.5 : 1;
    }
    // A pair the corpus has is extra evidence; one it lacks says nothing (most pairs of a sentence are new).
    for (const pair of pairs) if (this.bm25.has(pair)) query.set(pair, (query.get(pair) ?? 0) + 1);
    if (query.size === 0) return undefined;
    let known = 0;
    for (const [term, weight] of query) known += weight * this.bm25.idf(term);
    const scores = [...this.bm25.score(query)].filter(([row]) => !excluded.has(row)).sort((a, b) => b[1] - a[1]);
    const [page, pageScore] = scores.find(([row]) => row < this.docs.length) ?? [];
    const out = scores.find(([row]) => row >= this.docs.length);
    // A line only other products' words match ("MARS", "SAP HANA") has no page to judge, but says where it belongs.
    if (page === undefined || pageScore === undefined) return out && { row: out[0], ratio: Infinity };
    const second = scores.find(([row]) => row !== page && row < this.docs.length && !this.related[page].has(row))?.[1] ?? 0;
    // A near tie between related pages is one topic (the VM-deleted trio): the query's words may
    // spread over them, and count as covered when any of them has the word.
    const topic = [page];
    for (const [row, score] of scores) {
      if (score < pageScore * topicTie) break; // best first
      if (this.related[page].has(row)) topic.push(row);
    }
    let matched = 0;
    let head = 0;
    for (const [term, weight] of query) if (topic.some((row) => this.headTerms[row].has(term))) head += weight * this.bm25.idf(term);
    for (const [term, weight] of query) if (topic.some((row) => this.bm25.contains(row, term))) matched += weight * this.bm25.idf(term);
    const all = known + unknown * this.unseenIdf;
    const rival = out ? out[1] / pageScore : 0;
    const features: RelevanceFeatures = {
      known: known / all,
      margin: 1 - second / pageScore,
      strength: Math.log1p(pageScore),
      verbatim: this.isVerbatim(text, page) ? 1 : 0,
      rival: Math.min(1, rival),
      outscored: Math.min(1, Math.max(0, rival - 1)),
      foreign: 0, // a property of the whole paste: set by search()
      markers: 0, // likewise
      coverage: matched / all,
      headCoverage: head / all,
      brevity: 1 / query.size,
      pasteCoverage: 0, // a property of the whole paste too
      backupContext: 0, // likewise
      failureElsewhere: 0, // likewise
    };
    const outranking = out && out[1] > pageScore ? { row: out[0], ratio: out[1] / pageScore } : undefined;
    return {
      text,
      scores,
      page,
      topic,
      ...(outranking && { outranking }),
      features,
      confidence: 0,
      query,
      words: tokenize(text),
      unknownInfo: unknown * this.unseenIdf,
    };
  }

  /** At most two known words (a Chinese word is several bigrams), none only other products use, all in what the best page is about (its message or phrases). */
  private isBrowse(a: Analysis): boolean {
    if (Math.min(a.query.size, a.words.length) > 2 || a.features.known < 1 || a.features.foreign > 0) return false;
    return [...a.query.keys()].every((term) => this.headTerms[a.page].has(term));
  }

  /**
   * Where to look when there is no fix, from the thing some line of the paste is nearer to than to
   * any page: a VM backup code the article does not cover when the text is its message, or another
   * product, named from the text only when the paste says one of that product's own words (near-by
   * plain words are no sign); a code of the paste names its product anyway.
   */
  private elsewhere(
    read: (Analysis | Elsewhere | undefined)[],
    lines: { words: string[]; pairs: string[] }[],
    codes: RecognizedCode[],
  ): { codes: RecognizedCode[]; product?: OtherProduct } {
    const nearestRow = read
      .map(elsewhereOf)
      .filter((e): e is Elsewhere => e !== undefined)
      .sort((a, b) => b.ratio - a.ratio)[0]?.row;
    const nearest = nearestRow === undefined ? undefined : this.outOfScope[nearestRow - this.docs.length];
    const own = nearest?.product ? this.productTerms.get(nearest.product) : undefined;
    const named = own && lines.some((line) => line.words.some((t) => own.has(t)) || line.pairs.some((t) => own.has(t)));
    const productId = codes.find((c) => c.workload)?.workload ?? (named ? nearest?.product : undefined);
    const product = productId ? this.products.get(productId) : undefined;
    const uncovered = nearest?.code && !nearest.product && !codes.length ? [{ code: nearest.code, covered: false }] : [];
    return { codes: [...codes, ...uncovered], ...(product && { product }) };
  }

  /** Share of the whole paste's known information in words only other products use: a MARS or Azure Files line anywhere tells. */
  private foreignShare(terms: Map<string, number>): { foreign: number; markers: number } {
    let known = 0;
    let foreign = 0;
    let markers = 0;
    for (const [term, weight] of terms) {
      known += weight * this.bm25.idf(term);
      if (!this.foreignTerms.has(term)) continue;
      foreign += weight * this.bm25.idf(term);
      markers++;
    }
    return { foreign: known ? foreign / known : 0, markers: Math.min(3, markers) / 3 };
  }

  /**
   * Each topic's share of the whole paste's information, the words no page knows included (counted
   * once per line, not again in the line pairs): a stray line that fits a page is not the paste.
   */
  private pasteCoverage(terms: Map<string, number>, lines: (Analysis | Elsewhere | undefined)[]): (topic: number[]) => number {
    let all = 0;
    for (const [term, weight] of terms) all += weight * this.bm25.idf(term);
    for (const a of lines) if (a && "page" in a) all += a.unknownInfo;
    const share = new Map<string, number>(); // many lines name the same pages
    return (topic) => {
      const key = topic.join();
      if (!share.has(key)) {
        let contained = 0;
        for (const [term, weight] of terms)
          if (topic.some((row) => this.bm25.contains(row, term))) contained += weight * this.bm25.idf(term);
        share.set(key, all ? contained / all : 0);
      }
      return share.get(key)!;
    };
  }

  /** The segment is part of one of the page's printed messages, or holds one whole (word for word, punctuation aside). */
  private isVerbatim(text: string, row: number): boolean {
    const p = ` ${verbatimForm(text)} `;
    if (p.length < minPhraseLength + 2) return false;
    return this.messages[row].some((m) => ` ${m} `.includes(p) || (m.length >= minPhraseLength && p.includes(` ${m} `)));
  }

  private hit(row: number, score: number, analysis: Analysis | undefined, code?: string): SearchHit {
    const doc = this.docs[row];
    const words = analysis?.words.filter((w) => analysis.query.has(terms(w)[0] ?? "")) ?? [];
    const message = this.records[row].message;
    return {
      doc,
      url: analysis ? this.sectionUrl(row, analysis.query) : doc.url,
      score,
      ...(code && { code }),
      matches: [{ key: "message", value: message, indices: wordRanges(message, words) }],
    };
  }

  /** A guide's URL with the #anchor of the sub-section holding most of the query's information. */
  private sectionUrl(row: number, query: Map<string, number>): string {
    const doc = this.docs[row];
    const sections = this.sectionTerms[row];
    if (!doc.sections || !sections) return doc.url;
    let best: { anchor: string; score: number } | undefined;
    sections.forEach((present, i) => {
      const heading = new Set(terms(doc.sections![i].title));
      let score = 0;
      // A query word in the section's own heading counts twice: "update the agent" → "Updating the VM agent".
      for (const term of query.keys()) if (present.has(term)) score += this.bm25.idf(term) * (heading.has(term) ? 2 : 1);
      if (score > 0 && (!best || score > best.score)) best = { anchor: doc.sections![i].anchor, score };
    });
    return best ? `${doc.url}#${best.anchor}` : doc.url;
  }

  /** Chinese has no spaces: a run is judged word by word as tokenize() reads it (lone characters join the word before: 保存 + 庫). */
  private redactHan(run: string, redact: (word: string) => string): string {
    const words: string[] = [];
    let joinable = false;
    for (const { segment, isWordLike } of pieces(run)) {
      if (isWordLike && segment.length === 1 && joinable) words[words.length - 1] += segment;
      else words.push(isWordLike ? segment : `\u0000${segment}`);
      joinable = Boolean(isWordLike);
    }
    return words.map((w) => (w.startsWith("\u0000") ? w.slice(1) : redact(w))).join("");
  }

  /**
   * What was searched, safe to share: the codes and every segment, each word the corpus does not
   * know (a VM, host or group name) replaced by the removed mark. Searched again, it reads the same
   * segments with the same unknown words, so it gives the same answer.
   */
  private shareable(query: UnderstoodQuery): { searched: string; removed: number } {
    let removed = 0;
    const known = (term: string) => this.bm25.has(term) || this.spelling.correct(term) !== undefined;
    // One mark per unknown term, so that searching the shared text counts the same unknown words.
    const redact = (word: string) => {
      const wordTerms = terms(word);
      const unknown = wordTerms.filter((t) => !known(t)).length;
      // A word that tells the VM's operating system ("sudo", "rhel8") stays: it decides which fixes apply.
      if (unknown === 0 || pasteOs(word) || (hasHan(word) && unknown < wordTerms.length)) return word;
      removed += unknown;
      return removedMark.repeat(unknown);
    };
    const lines = query.segments.map((segment) =>
      segment.replace(/[\p{L}\p{N}_]+/gu, (run) => (hasHan(run) ? this.redactHan(run, redact) : redact(run))),
    );
    const codes = query.codes.map((c) => c.code);
    const kept: string[] = [];
    let length = codes.join("\n").length;
    for (const line of lines) {
      if (length + line.length + 1 > limits.cleanedChars) break;
      kept.push(line);
      length += line.length + 1;
    }
    // A code that a kept line already shows is not listed twice (it is read from the line again).
    const shown = kept.join("\n").toLowerCase();
    const searched = [...codes.filter((code) => !shown.includes(code.toLowerCase())), ...kept].join("\n");
    return { searched, removed };
  }
}

/**
 * The vocabulary of other products: words (not pairs of words) our pages never use that other
 * products' rows use more than once (`rows[i]` are the terms of `outOfScope[i]`; a VM backup code the
 * article does not cover is no other product). Not all are names ("MARS", "檔案共用"); plain words of
 * their messages ("replica", "tenant") tell the same story in bulk.
 */
function foreignVocabulary(rows: string[][][], outOfScope: SerializedOutOfScope[], ours: Set<string>): Set<string> {
  const count = new Map<string, number>();
  rows.forEach((row, i) => {
    if (!outOfScope[i].product) return;
    for (const term of new Set(row.flat())) if (!term.includes(" ") && !ours.has(term)) count.set(term, (count.get(term) ?? 0) + 1);
  });
  return new Set([...count].filter(([, n]) => n > 1).map(([term]) => term));
}

/** Each product's listed words (its own record's phrases) that our pages never use: its names and jargon. */
function productVocabulary(outOfScope: SerializedOutOfScope[], rows: string[][][], ours: Set<string>): Map<string, Set<string>> {
  const vocabulary = new Map<string, Set<string>>();
  outOfScope.forEach(({ product, terms }, i) => {
    if (!product || !terms.phrases) return;
    const own = vocabulary.get(product) ?? new Set<string>();
    for (const term of rows[i][fieldKeys.indexOf("phrases")]) if (!ours.has(term)) own.add(term);
    vocabulary.set(product, own);
  });
  return vocabulary;
}

/** Each page's related pages as rows, both ways round (a page listing another is related to it, and it to the page). */
function relatedRows(docs: SearchDoc[]): Set<number>[] {
  const rowOf = new Map(docs.map((d, row) => [d.id, row]));
  const related = docs.map(() => new Set<number>());
  docs.forEach((doc, row) => {
    for (const other of doc.related.map((id) => rowOf.get(id))) {
      if (other === undefined) continue;
      related[row].add(other);
      related[other].add(row);
    }
  });
  return related;
}

/** Inclusive ranges where the words occur in `value`: whole words for Latin script, the word itself for Chinese. */
function wordRanges(value: string, words: string[]): [number, number][] {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  const ranges: [number, number][] = [];
  for (const m of value.matchAll(/[\p{L}\p{N}_]+/gu)) {
    if (!hasHan(m[0]) && wanted.has(m[0].toLowerCase())) ranges.push([m.index, m.index + m[0].length - 1]);
  }
  for (const word of wanted) {
    if (!hasHan(word)) continue;
    for (let at = value.indexOf(word); at >= 0; at = value.indexOf(word, at + word.length)) ranges.push([at, at + word.length - 1]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** What a line is nearer to than to any page, if anything. */
function elsewhereOf(a: Analysis | Elsewhere | undefined): Elsewhere | undefined {
  return a && "page" in a ? a.outranking : a;
}

/** Every known term of the paste's lines, at the largest weight any line gives it. */
function pasteTerms(analyses: Analysis[]): Map<string, number> {
  const terms = new Map<string, number>();
  for (const a of analyses) for (const [term, weight] of a.query) terms.set(term, Math.max(weight, terms.get(term) ?? 0));
  return terms;
}
