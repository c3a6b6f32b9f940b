import type { Locale } from "../i18n";
import type { SearchEngine } from "./engine";
import type { EvalCase } from "./eval-cases";

export interface KindReport {
  kind: string;
  total: number;
  top1: number;
  top3: number;
}

export interface EvalReport {
  kinds: KindReport[];
  positives: { total: number; top1: number; top3: number };
  negatives: { total: number; rejected: number };
  failures: { name: string; expect: string | null; got: string[] }[];
}

/** Top-1/top-3 accuracy per kind of paste, and the share of unrelated errors that get no match. */
export function evaluateSearch(engines: Record<Locale, SearchEngine>, cases: EvalCase[]): EvalReport {
  const kinds = new Map<string, KindReport>();
  const report: EvalReport = { kinds: [], positives: { total: 0, top1: 0, top3: 0 }, negatives: { total: 0, rejected: 0 }, failures: [] };
  for (const testCase of cases) {
    const got = engines[testCase.locale].search(testCase.q, 3).hits.map((h) => h.doc.id);
    if (testCase.expect === null) {
      report.negatives.total++;
      if (got.length === 0) report.negatives.rejected++;
      else report.failures.push({ name: testCase.name, expect: null, got });
      continue;
    }
    const kind = kinds.get(testCase.kind) ?? { kind: testCase.kind, total: 0, top1: 0, top3: 0 };
    kinds.set(testCase.kind, kind);
    const top1 = got[0] === testCase.expect;
    const top3 = got.includes(testCase.expect);
    kind.total++;
    report.positives.total++;
    if (top1) {
      kind.top1++;
      report.positives.top1++;
    }
    if (top3) {
      kind.top3++;
      report.positives.top3++;
    }
    if (!top1) report.failures.push({ name: testCase.name, expect: testCase.expect, got });
  }
  report.kinds = [...kinds.values()];
  return report;
}
