/**
 * npm run calibrate:search: fits the relevance model on the dev split only and writes
 * lib/search/relevance-model.json; prints the precision/recall curve it chose the threshold from
 * (the most accurate one: right answers accepted plus wrong ones refused).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fitLogistic, precisionRecall, samplesOf } from "../lib/search-tools/calibrate";
import { loadEvalCases } from "../lib/search-tools/cases";
import { nodeEngines } from "../lib/search-tools/node-engines";

const samples = samplesOf(nodeEngines(), loadEvalCases("dev"));
const fitted = fitLogistic(samples);
const curve = precisionRecall(samples, fitted);
console.log(`dev samples: ${samples.length} (${samples.filter((s) => s.y === 1).length} right best page)`);
console.log("threshold precision  recall  accuracy");
for (const p of curve) console.log(`${p.threshold.toFixed(2).padStart(9)} ${(p.precision * 100).toFixed(1).padStart(8)}% ${(p.recall * 100).toFixed(1).padStart(6)}% ${(p.accuracy * 100).toFixed(1).padStart(8)}%`);
const best = curve.reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
const model = { ...fitted, threshold: best.threshold };
writeFileSync(join(process.cwd(), "lib", "search", "relevance-model.json"), JSON.stringify(model, null, 2) + "\n");
console.log(`model: ${JSON.stringify(model)}`);
