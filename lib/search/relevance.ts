import model from "./relevance-model.json";

/**
 * What the best page of a query segment has going for it. Each feature is on a scale that means
 * the same for a two-word question and a forty-line paste.
 */
export interface RelevanceFeatures {
  /** Share of the query's words the corpus knows at all, by information (names and other products' words are not known). */
  known: number;
  /** How far ahead of the next page that is not related to it (0: a tie, 1: alone). */
  margin: number;
  /** The BM25 score itself, log-scaled. */
  strength: number;
  /** A line of the paste is part of one of the page's printed messages word for word, or holds one whole. */
  verbatim: number;
  /** How close the nearest thing the portal does not cover comes (its score over the page's, up to 1: a tie). */
  rival: number;
  /** How far that thing outscores the page (its score over the page's, minus 1, up to 1): plainly about the other thing. */
  outscored: number;
  /** Share of the query's known information in words only other products use. */
  foreign: number;
  /** Distinct words only other products use ("MARS", "CBEngine", "檔案共用") in the whole paste, up to three, over three. */
  markers: number;
  /** Share of all the query's information (unknown words included) that the page contains (or a related page it nearly ties with: one topic): one matched word of a recipe is not a match. */
  coverage: number;
  /** Likewise, in the page's message or in how people describe it. */
  headCoverage: number;
  /** 1 / the number of distinct known terms: a one- or two-word query is a request to browse, not a paste to match. */
  brevity: number;
  /** Share of the whole paste's information (every line's, unknown words included) that the page's topic contains: a stray line that fits is not the paste. */
  pasteCoverage: number;
  /** 1 when the paste says anywhere that it is about a backup, a restore, a snapshot or a job (an RDP or VM-creation error shares words with the fixes, not the subject). */
  backupContext: number;
  /** 1 when a line of the paste that reports a failure ("error", "exception", "failed", 錯誤, 失敗) is plainly about something the portal does not cover (its score at least twice every page's). */
  failureElsewhere: number;
}

export const featureNames = [
  "known",
  "margin",
  "strength",
  "verbatim",
  "rival",
  "outscored",
  "foreign",
  "markers",
  "coverage",
  "headCoverage",
  "brevity",
  "pasteCoverage",
  "backupContext",
  "failureElsewhere",
] as const satisfies readonly (keyof RelevanceFeatures)[];

export interface RelevanceModel {
  bias: number;
  weights: Record<keyof RelevanceFeatures, number>;
  /** Confidence a page needs to be shown as the fix; chosen on the dev split (npm run calibrate:search). */
  threshold: number;
}

/** Logistic model fitted on the dev split: the probability that the best page is the right fix. */
export function confidence(features: RelevanceFeatures, m: RelevanceModel = model as RelevanceModel): number {
  let z = m.bias;
  for (const name of featureNames) z += m.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}

export const relevanceModel = model as RelevanceModel;
