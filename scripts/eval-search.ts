/**
 * npm run eval:search [-- --failures]: accuracy of the search on the labeled set, both splits side
 * by side (tune on dev only; test is the honest figure). --failures lists the dev misses.
 */
import { loadEvalCases, splits } from "../lib/search-eval/cases";
import { evaluateSearch, type Tally } from "../lib/search-eval/evaluate";
import { nodeEngines } from "../lib/search-eval/node-engines";

const engines = nodeEngines();
const cases = Object.fromEntries(splits.map((s) => [s, loadEvalCases(s)]));
const reports = Object.fromEntries(splits.map((s) => [s, evaluateSearch(engines, cases[s])]));
const all = splits.flatMap((s) => cases[s]);
const negativeKinds = new Set(all.map((c) => c.kind).filter((kind) => all.every((c) => c.kind !== kind || c.expect === null)));
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
const cells = (t: Tally | undefined, negative: boolean) =>
  !t ? ["", "", "", ""] : negative ? [String(t.total), "", "", `rej ${pct(t.rejected, t.total)}`] : [String(t.total), pct(t.top1, t.total), pct(t.top3, t.total), `rel ${pct(t.inSuggestions, t.total - t.top3 || 0)}`];
const row = (label: string, values: string[]) => console.log(label.padEnd(22) + values.map((v, i) => v.padStart(i % 4 === 0 ? 6 : 9)).join(""));

row("", splits.flatMap((s) => [s, "top-1", "top-3", "related"]));
const kinds = [...new Set(splits.flatMap((s) => [...reports[s].kinds.keys()]))].sort();
for (const kind of kinds) {
  row(kind, splits.flatMap((s) => cells(reports[s].kinds.get(kind), negativeKinds.has(kind))));
}
row("ALL POSITIVES", splits.flatMap((s) => cells(reports[s].positives, false)));
row("ALL NEGATIVES", splits.flatMap((s) => cells(reports[s].negatives, true)));
console.log("\n'related': share of positives with no right page in the top 3 whose right page was among the 'possibly related' suggestions.");
if (process.argv.includes("--failures")) {
  for (const f of reports.dev.failures) console.log(`  dev miss ${f.id} [${f.kind}]: expected ${f.expect?.join("|") ?? "no match"}, got [${f.got.join(", ")}] related [${f.suggested.join(", ")}]`);
}
