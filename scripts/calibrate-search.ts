/**
 * npm run calibrate:search: fits the relevance model on the dev split only and writes
 * lib/search/relevance-model.json, printing the precision/recall curve the threshold is chosen
 * from (the most accurate one: right answers accepted plus wrong ones refused). Which line of a
 * paste is judged best depends on the model, so fitting repeats (at most 8 rounds) until the model settles.
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
let previous = "";
for (let round = 1; round <= 8; round++) {
  const samples = samplesOf(enginesWith(model), dev);
  const fitted = fitLogistic(samples);
  const curve = precisionRecall(samples, fitted);
  model = { ...fitted, threshold: curve.reduce((a, b) => (b.accuracy > a.accuracy ? b : a)).threshold };
  const key = JSON.stringify(model);
  if (key === previous || round === 8) {
    console.log(
      `dev samples: ${samples.length} (${samples.filter((s) => s.y === 1).length} right best page); ${key === previous ? `settled after ${round} rounds` : `${round} rounds`}`,
    );
    console.log("threshold precision  recall  accuracy");
    for (const p of curve)
      console.log(
        `${p.threshold.toFixed(2).padStart(9)} ${(p.precision * 100).toFixed(1).padStart(8)}% ${(p.recall * 100).toFixed(1).padStart(6)}% ${(p.accuracy * 100).toFixed(1).padStart(8)}%`,
      );
    break;
  }
  previous = key;
}
writeFileSync(join(process.cwd(), "lib", "search", "relevance-model.json"), JSON.stringify(model, null, 2) + "\n");
console.log(`model: ${JSON.stringify(model)}`);
