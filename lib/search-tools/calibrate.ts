import type { Locale } from "../i18n";
import type { SearchEngine } from "../search/engine";
import { featureNames, type RelevanceFeatures, type RelevanceModel } from "../search/relevance";
import type { EvalCase } from "./cases";

export interface Sample {
  x: number[];
  /** 1: the best page by text is a right answer; 0: it is not, or nothing should match. */
  y: 0 | 1;
}

/**
 * Training samples from labeled cases: the features of the best segment's best page. Cases a
 * code of the paste decides do not depend on the confidence and are left out.
 */
export function samplesOf(engines: Record<Locale, SearchEngine>, cases: EvalCase[]): Sample[] {
  const samples: Sample[] = [];
  for (const c of cases) {
    const response = engines[c.locale].search(c.q);
    if (!response.evidence || response.query.codes.length > 0) continue;
    const { features, top } = response.evidence;
    samples.push({ x: vector(features), y: c.expect?.includes(top) ? 1 : 0 });
  }
  return samples;
}

const vector = (f: RelevanceFeatures) => featureNames.map((n) => f[n]);

/** Logistic regression by batch gradient descent with a little L2, deterministic. */
export function fitLogistic(samples: Sample[], iterations = 4000, rate = 0.5, l2 = 0.001): Omit<RelevanceModel, "threshold"> {
  const w = new Array(featureNames.length).fill(0);
  let bias = 0;
  for (let it = 0; it < iterations; it++) {
    const grad = new Array(w.length).fill(0);
    let gradBias = 0;
    for (const { x, y } of samples) {
      const p = 1 / (1 + Math.exp(-(bias + x.reduce((sum, xi, i) => sum + xi * w[i], 0))));
      const error = p - y;
      x.forEach((xi, i) => (grad[i] += error * xi));
      gradBias += error;
    }
    w.forEach((_, i) => (w[i] -= rate * (grad[i] / samples.length + l2 * w[i])));
    bias -= (rate * gradBias) / samples.length;
  }
  return { bias: round(bias), weights: Object.fromEntries(featureNames.map((n, i) => [n, round(w[i])])) as RelevanceModel["weights"] };
}

export interface CurvePoint {
  threshold: number;
  precision: number;
  recall: number;
  /** Wrong best pages refused. */
  rejection: number;
  /** The mean of recall and rejection: a confident wrong fix costs as much as a missed right one, however many of each the set has. */
  balanced: number;
}

/** Precision (accepted answers that are right), recall (right answers accepted) and rejection (wrong ones refused) at each threshold. */
export function precisionRecall(samples: Sample[], model: Omit<RelevanceModel, "threshold">): CurvePoint[] {
  const scored = samples.map(({ x, y }) => ({
    p: 1 / (1 + Math.exp(-(model.bias + featureNames.reduce((s, n, i) => s + model.weights[n] * x[i], 0)))),
    y,
  }));
  const positives = scored.filter((s) => s.y === 1).length;
  const negatives = scored.length - positives;
  return Array.from({ length: 19 }, (_, i) => (i + 1) / 20).map((threshold) => {
    const accepted = scored.filter((s) => s.p >= threshold);
    const right = accepted.filter((s) => s.y === 1).length;
    const rejectedWrong = scored.filter((s) => s.p < threshold && s.y === 0).length;
    const recall = positives ? right / positives : 0;
    const rejection = negatives ? rejectedWrong / negatives : 1;
    return {
      threshold,
      precision: accepted.length ? right / accepted.length : 1,
      recall,
      rejection,
      balanced: (recall + rejection) / 2,
    };
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;
