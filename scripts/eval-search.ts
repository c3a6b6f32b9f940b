/** npm run eval:search: accuracy of the search on the project's labeled queries and pasted blobs. */
import { loadEvalCases } from "../lib/search/eval-cases";
import { evaluateSearch } from "../lib/search/evaluate";
import { nodeEngines } from "../lib/search/node-engines";

const report = evaluateSearch(nodeEngines(), loadEvalCases());
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
console.log("kind".padEnd(16), "n".padStart(4), "top-1".padStart(8), "top-3".padStart(8));
for (const k of report.kinds) console.log(k.kind.padEnd(16), String(k.total).padStart(4), pct(k.top1, k.total).padStart(8), pct(k.top3, k.total).padStart(8));
const p = report.positives;
console.log("all positives".padEnd(16), String(p.total).padStart(4), pct(p.top1, p.total).padStart(8), pct(p.top3, p.total).padStart(8));
console.log(`negatives rejected: ${report.negatives.rejected}/${report.negatives.total} (${pct(report.negatives.rejected, report.negatives.total)})`);
for (const f of report.failures) console.log(`  miss ${f.name}: expected ${f.expect ?? "no match"}, got [${f.got.join(", ")}]`);
