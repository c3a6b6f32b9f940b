import type { IndexedCorpus } from "../search/fields";

/**
 * A large corpus for benchmarks and the large-corpus tests: the real pages plus made-up ones
 * built from the real vocabulary (so they look alike to the search), deterministic.
 */
export function syntheticCorpus(real: IndexedCorpus, size: number): IndexedCorpus {
  const words = real.records.flatMap((r) => `${r.message} ${r.phrases} ${r.body}`.split(/\s+/)).filter((w) => w.length > 1);
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const phrase = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(" ");
  const count = Math.max(0, size - real.docs.length);
  const docs = Array.from({ length: count }, (_, i) => ({
    id: `synthetic-${i}`,
    category: "backup" as const,
    title: phrase(8),
    summary: phrase(14),
    url: `/en/backup/synthetic-${i}`,
    source: { section: "backup", row: 1 },
    codes: [`SyntheticCode${i}`],
    related: [],
  }));
  const records = docs.map(() => {
    const message = phrase(40);
    return { message, phrases: phrase(30), body: phrase(160), printed: [message] };
  });
  return {
    docs: [...real.docs, ...docs],
    records: [...real.records, ...records],
    outOfScope: real.outOfScope,
    products: real.products,
    codes: [...real.codes, ...docs.map((d) => ({ code: d.codes[0], variants: [], fix: [d.id] }))],
  };
}
