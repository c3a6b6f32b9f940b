import type { Locale } from "../i18n";
import type { SearchEngine } from "../search/engine";
import type { EvalCase } from "./cases";

export interface Tally {
  total: number;
  top1: number;
  top3: number;
  /** Positives that got no confident answer, but whose right page was among "possibly related". */
  inSuggestions: number;
  /** Negatives that got no confident answer. */
  rejected: number;
}

export interface EvalReport {
  kinds: Map<string, Tally>;
  positives: Tally;
  negatives: Tally;
  failures: { id: string; kind: string; expect: string[] | null; got: string[]; suggested: string[] }[];
}

const empty = (): Tally => ({ total: 0, top1: 0, top3: 0, inSuggestions: 0, rejected: 0 });

/** Top-1/top-3 per kind of input, negatives rejected, and how often "possibly related" held the answer. */
export function evaluateSearch(engines: Record<Locale, SearchEngine>, cases: EvalCase[]): EvalReport {
  const report: EvalReport = { kinds: new Map(), positives: empty(), negatives: empty(), failures: [] };
  for (const c of cases) {
    const response = engines[c.locale].search(c.q, 3);
    const got = response.hits.map((h) => h.doc.id);
    const suggested = response.suggestions.map((h) => h.doc.id);
    // A kind that mixes errors we fix with ones we do not (real pastes) is reported as two rows.
    const key = c.expect === null && !/^negative|^uncovered/.test(c.kind) ? `${c.kind} (no fix)` : c.kind;
    const kind = report.kinds.get(key) ?? empty();
    report.kinds.set(key, kind);
    const bucket = c.expect === null ? report.negatives : report.positives;
    for (const tally of [kind, bucket]) tally.total++;
    if (c.expect === null) {
      const rejected = got.length === 0;
      if (rejected) for (const tally of [kind, bucket]) tally.rejected++;
      else report.failures.push({ id: c.id, kind: c.kind, expect: null, got, suggested });
      continue;
    }
    const expect = c.expect;
    const top1 = got.length > 0 && expect.includes(got[0]);
    const top3 = got.some((id) => expect.includes(id));
    const helped = got.length === 0 && suggested.some((id) => expect.includes(id));
    for (const tally of [kind, bucket]) {
      if (top1) tally.top1++;
      if (top3) tally.top3++;
      if (helped) tally.inSuggestions++;
      if (got.length === 0) tally.rejected++;
    }
    if (!top1) report.failures.push({ id: c.id, kind: c.kind, expect, got, suggested });
  }
  return report;
}
