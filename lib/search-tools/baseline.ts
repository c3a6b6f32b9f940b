import MiniSearch from "minisearch";
import type { Locale } from "../i18n";
import type { IndexedCorpus } from "../search/fields";
import type { EvalCase } from "./cases";

/**
 * The reference the portal's search is measured against: a plain MiniSearch index of the same
 * pages (title, printed messages, page text; no phrases, no tuning, default options), first
 * result taken as the answer. It never says "no match", so only positives are compared.
 */
export function baselineTop(corpora: Partial<Record<Locale, IndexedCorpus>>): (c: EvalCase) => string[] {
  const engines = Object.fromEntries(
    Object.entries(corpora).map(([locale, corpus]) => {
      if (!corpus) return [locale, undefined];
      const mini = new MiniSearch({ fields: ["title", "message", "body"], storeFields: ["id"] });
      mini.addAll(
        corpus.docs.map((doc, i) => ({ id: doc.id, title: doc.title, message: corpus.records[i].message, body: corpus.records[i].body })),
      );
      return [locale, mini];
    }),
  ) as Record<Locale, MiniSearch>;
  return (c) =>
    engines[c.locale]
      .search(c.q)
      .slice(0, 3)
      .map((r) => String(r.id));
}
