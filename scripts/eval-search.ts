/**
 * npm run eval:search [-- --failures]: accuracy of the search on the labeled set, both splits side
 * by side (tune on dev only; test is the honest figure), next to a plain MiniSearch baseline of
 * the same pages. --failures lists the dev misses (never the test ones).
 */
import { baselineTop } from "../lib/search-tools/baseline";
import { loadEvalCases, splits } from "../lib/search-tools/cases";
import { evaluateSearch, type Tally } from "../lib/search-tools/evaluate";
import { nodeCorpora, nodeIndexes } from "../lib/search-tools/node-engines";
import { locales, type Locale } from "../lib/i18n";
import { SearchEngine } from "../lib/search/engine";
import { figures } from "./figures";

const out = figures("eval:search");

const indexes = nodeIndexes();
const engines = Object.fromEntries(locales.map((l) => [l, new SearchEngine(indexes[l])])) as Record<Locale, SearchEngine>;
const baseline = baselineTop(nodeCorpora());
const cases = Object.fromEntries(splits.map((s) => [s, loadEvalCases(s)]));
const reports = Object.fromEntries(splits.map((s) => [s, evaluateSearch(engines, cases[s])]));
const all = splits.flatMap((s) => cases[s]);
const isNegativeKind = (kind: string) => kind.endsWith("(no fix)") || all.every((c) => c.kind !== kind || c.expect === null);

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
const cells = (t: Tally | undefined, negative: boolean) =>
  !t
    ? ["", "", "", ""]
    : negative
      ? [String(t.total), "", "", `rej ${pct(t.rejected, t.total)}`]
      : [String(t.total), pct(t.top1, t.total), pct(t.top3, t.total), pct(t.inSuggestions, t.total - t.top3)];
const row = (label: string, values: string[]) =>
  out.log(label.padEnd(22) + values.map((v, i) => v.padStart(i % 4 === 0 ? 6 : 10)).join(""));

out.log(`labeled set: ${splits.map((s) => `${s} ${cases[s].length}`).join(", ")} cases\n`);
row(
  "",
  splits.flatMap((s) => [s, "top-1", "top-3", "related"]),
);
const kinds = [...new Set(splits.flatMap((s) => [...reports[s].kinds.keys()]))].sort();
for (const kind of kinds)
  row(
    kind,
    splits.flatMap((s) => cells(reports[s].kinds.get(kind), isNegativeKind(kind))),
  );
row(
  "ALL POSITIVES",
  splits.flatMap((s) => cells(reports[s].positives, false)),
);
row(
  "ALL NEGATIVES",
  splits.flatMap((s) => cells(reports[s].negatives, true)),
);
row(
  "baseline positives",
  splits.flatMap((s) => {
    const positives = cases[s].filter((c) => c.expect);
    const got = positives.map((c) => ({ c, top: baseline(c) }));
    return [
      String(positives.length),
      pct(got.filter(({ c, top }) => c.expect!.includes(top[0])).length, positives.length),
      pct(got.filter(({ c, top }) => top.some((id) => c.expect!.includes(id))).length, positives.length),
      "",
    ];
  }),
);
out.log(
  "\nrelated: of the positives with no right page in the top 3, the share whose right page was among the 'possibly related' suggestions.",
);
out.log("baseline: a plain MiniSearch index of the same pages (default options, no phrases); it never answers 'no match'.");
out.save();
if (process.argv.includes("--failures")) {
  for (const f of reports.dev.failures)
    console.log(
      `  dev miss ${f.id} [${f.kind}]: expected ${f.expect?.join("|") ?? "no match"}, got [${f.got.join(", ")}] related [${f.suggested.join(", ")}]`,
    );
}
