import { parseArticle, type Article } from "../article/parse";
import { type Locale } from "../i18n";
import { readArticleFiles } from "./article-files";
import { categories, type Category } from "./categories";
import { checkCollection } from "./check";
import { readEntries, type Entry } from "./entries";
import { contentPaths } from "./paths";

export type { Entry } from "./entries";

/** Reads and checks all content; throws ContentError naming the files on any problem. */
export function loadContent(root = contentPaths.root, projectRoot = process.cwd()): Entry[] {
  const entries = readEntries(root, projectRoot);
  const { markdown, reference, editorial } = readArticleFiles();
  checkCollection(entries, parseArticle(markdown), reference, { markdown, ...editorial });
  return entries;
}

let cache: Entry[] | undefined;
const all = () => (cache ??= loadContent());
let articleCache: Article | undefined;

/** The one typed content source every page and generateStaticParams read from. */
export const source = {
  entries(locale: Locale, category?: Category): Entry[] {
    return all().filter((e) => e.locale === locale && (!category || e.category === category)).sort(bySourceOrder);
  },
  entry(locale: Locale, category: string, id: string): Entry | undefined {
    return all().find((e) => e.locale === locale && e.category === category && e.id === id);
  },
  byId(locale: Locale, id: string): Entry | undefined {
    return all().find((e) => e.locale === locale && e.id === id);
  },
  /** Every error code with the entries it belongs to (a code can belong to more than one). */
  codes(locale: Locale): Map<string, Entry[]> {
    const map = new Map<string, Entry[]>();
    for (const entry of this.entries(locale)) for (const code of entry.codes) map.set(code, [...(map.get(code) ?? []), entry]);
    return new Map([...map].sort(([a], [b]) => a.localeCompare(b)));
  },
  /** The article itself: its title, date and section headings, for each page's provenance. */
  article(): Pick<Article, "meta" | "headings"> {
    return (articleCache ??= parseArticle(readArticleFiles().markdown));
  },
  counts(locale: Locale): Record<Category, number> {
    return Object.fromEntries(categories.map((c) => [c, this.entries(locale, c).length])) as Record<Category, number>;
  },
};

function bySourceOrder(a: Entry, b: Entry): number {
  return categories.indexOf(a.category) - categories.indexOf(b.category) || (a.source.row ?? 0) - (b.source.row ?? 0);
}
