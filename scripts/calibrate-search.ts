/**
 * npm run calibrate:search: fits the relevance model on the dev split only and writes
 * lib/search/relevance-model.json, printing the precision/recall curve the threshold is chosen
 * from: the one with the best balanced accuracy (the mean of right answers accepted and wrong ones
 * refused), since a confident wrong fix costs the reader as much as a missed right one. Which line
 * of a paste is judged best depends on the model, so fitting repeats (at most 8 rounds) until the
 * model settles; when it alternates between models instead, the best of them is kept.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { locales, type Locale } from "../lib/i18n";
import { SearchEngine } from "../lib/search/engine";
import { relevanceModel, type RelevanceModel } from "../lib/search/relevance";
import { fitLogistic, precisionRecall, samplesOf } from "../lib/search-tools/calibrate";
import { loadEvalCases } from "../lib/search-tools/cases";
import { nodeIndexes } from "../lib/search-tools/node-engines";

const indexes = nodeIndexes();
const dev = loadEvalCases("dev");
const enginesWith = (model: RelevanceModel) =>
  Object.fromEntries(locales.map((l) => [l, new SearchEngine(indexes[l], model)])) as Record<Locale, SearchEngine>;

let model: RelevanceModel = relevanceModel;
// Every fitted model by its key, with its accuracy on the samples it was fitted to; a model seen again closes a cycle.
const fitted = new Map<string, { model: RelevanceModel; balanced: number; round: number }>();
for (let round = 1; round <= 8; round++) {
  const samples = samplesOf(enginesWith(model), dev);
  const fit = fitLogistic(samples);
  const curve = precisionRecall(samples, fit);
  const best = curve.reduce((a, b) => (b.balanced > a.balanced ? b : a));
  model = { ...fit, threshold: best.threshold };
  const key = JSON.stringify(model);
  const seen = fitted.get(key);
  if (seen || round === 8) {
    // Settled (the same model twice in a row), or alternating: then the most accurate model of the cycle.
    const cycle = [...fitted.values()].filter((f) => f.round >= (seen?.round ?? round));
    const chosen = [...cycle, { model, balanced: best.balanced, round }].reduce((a, b) => (b.balanced > a.balanced ? b : a));
    model = chosen.model;
    const how = !seen
      ? `${round} rounds`
      : seen.round === round - 1
        ? `settled after ${round} rounds`
        : `a cycle of ${round - seen.round} models`;
    console.log(`dev samples: ${samples.length} (${samples.filter((s) => s.y === 1).length} right best page); ${how}`);
    const pct = (n: number, width: number) => `${(n * 100).toFixed(1).padStart(width)}%`;
    console.log("threshold precision  recall rejection  balanced");
    for (const p of curve)
      console.log(
        `${p.threshold.toFixed(2).padStart(9)} ${pct(p.precision, 8)} ${pct(p.recall, 6)} ${pct(p.rejection, 8)} ${pct(p.balanced, 8)}`,
      );
    break;
  }
  fitted.set(key, { model, balanced: best.balanced, round });
}
writeFileSync(join(process.cwd(), "lib", "search", "relevance-model.json"), JSON.stringify(model, null, 2) + "\n");
console.log(`model: ${JSON.stringify(model)}`);
