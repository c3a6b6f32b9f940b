import type { Locale } from "../i18n";
import type { IndexedDoc } from "./documents";

/**
 * A large corpus for benchmarks and the large-corpus tests: the real entries plus `size` made-up
 * ones built from the real vocabulary (so they look alike to the search), deterministic.
 */
export function syntheticDocs(real: IndexedDoc[], size: number, locale: Locale): IndexedDoc[] {
  const words = real.flatMap((d) => `${d.message} ${d.body}`.split(/\s+/)).filter((w) => w.length > 1);
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const phrase = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(" ");
  const made: IndexedDoc[] = Array.from({ length: Math.max(0, size - real.length) }, (_, i) => ({
    id: `synthetic-${i}`,
    category: "backup",
    title: phrase(8),
    summary: phrase(14),
    url: `/${locale}/backup/synthetic-${i}`,
    source: { section: "backup", row: 1 },
    codes: [`SyntheticCode${i}`],
    message: phrase(40),
    body: phrase(160),
  }));
  return [...real, ...made];
}
