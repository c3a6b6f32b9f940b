/**
 * npm run calibrate:search: fits the relevance model on the dev split only and writes
 * lib/search/relevance-model.json. Which line of a paste is judged best depends on the model, so
 * fitting repeats (at most 8 rounds) until the model settles; when it alternates between models
 * instead, the one with the best balanced accuracy (right best pages accepted and wrong ones refused
 * count alike) is kept. The threshold is then chosen from the precision/recall curve it prints,
 * next to the whole search's figures on dev at each point: the one where the worse of right first
 * answers and refused non-fixes is best.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { locales, type Locale } from "../lib/i18n";
import { SearchEngine } from "../lib/search/engine";
import { relevanceModel, type RelevanceModel } from "../lib/search/relevance";
import { fitLogistic, precisionRecall, samplesOf } from "../lib/search-tools/calibrate";
import { loadEvalCases } from "../lib/search-tools/cases";
import { evaluateSearch } from "../lib/search-tools/evaluate";
import { nodeIndexes } from "../lib/search-tools/node-engines";

const indexes = nodeIndexes();
const dev = loadEvalCases("dev");
const enginesWith = (model: RelevanceModel) =>
  Object.fromEntries(locales.map((l) => [l, new SearchEngine(indexes[l], model)])) as Record<Locale, SearchEngine>;

let model: RelevanceModel = relevanceModel;
let samples = samplesOf(enginesWith(model), dev);
// Every fitted model by its key, with its balanced accuracy on the samples it was fitted to; a model seen again closes a cycle.
const fitted = new Map<string, { model: RelevanceModel; balanced: number; round: number }>();
for (let round = 1; round <= 8; round++) {
  const fit = fitLogistic(samples);
  const best = precisionRecall(samples, fit).reduce((a, b) => (b.balanced > a.balanced ? b : a));
  model = { ...fit, threshold: best.threshold };
  const key = JSON.stringify(model);
  const seen = fitted.get(key);
  if (seen || round === 8) {
    // Settled (the same model twice in a row), or alternating: then the best model of the cycle.
    const cycle = [...fitted.values()].filter((f) => f.round >= (seen?.round ?? round));
    model = [...cycle, { model, balanced: best.balanced, round }].reduce((a, b) => (b.balanced > a.balanced ? b : a)).model;
    const how = !seen
      ? `${round} rounds`
      : seen.round === round - 1
        ? `settled after ${round} rounds`
        : `a cycle of ${round - seen.round} models`;
    console.log(`dev samples: ${samples.length} (${samples.filter((s) => s.y === 1).length} right best page); ${how}`);
    break;
  }
  fitted.set(key, { model, balanced: best.balanced, round });
  samples = samplesOf(enginesWith(model), dev);
}

// The threshold: the one where the worse of right first answers and refused non-fixes is best on
// dev. Both count alike, as a confident wrong fix costs the reader at least as much as a missed
// right one (a missed one is still among the "possibly related" pages most of the time).
const pct = (n: number, width = 8) => `${(n * 100).toFixed(1).padStart(width)}%`;
console.log("threshold precision  recall rejection | dev top-1   top-3 rejected");
let chosen = { threshold: model.threshold, worst: -1, sum: -1 };
for (const point of precisionRecall(samplesOf(enginesWith(model), dev), model)) {
  const report = evaluateSearch(enginesWith({ ...model, threshold: point.threshold }), dev);
  const top1 = report.positives.top1 / report.positives.total;
  const top3 = report.positives.top3 / report.positives.total;
  const rejected = report.negatives.rejected / report.negatives.total;
  const worst = Math.min(top1, rejected);
  if (worst > chosen.worst || (worst === chosen.worst && top1 + rejected > chosen.sum))
    chosen = { threshold: point.threshold, worst, sum: top1 + rejected };
  console.log(
    `${point.threshold.toFixed(2).padStart(9)} ${pct(point.precision)} ${pct(point.recall, 6)} ${pct(point.rejection)} | ${pct(top1, 9)} ${pct(top3, 7)} ${pct(rejected)}`,
  );
}
model = { ...model, threshold: chosen.threshold };
writeFileSync(join(process.cwd(), "lib", "search", "relevance-model.json"), JSON.stringify(model, null, 2) + "\n");
console.log(`model: ${JSON.stringify(model)}`);
