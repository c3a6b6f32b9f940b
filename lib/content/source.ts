import { parseArticle, type Article } from "../article/parse";
import { type Locale } from "../i18n";
import { readArticleFiles } from "./article-files";
import { browseGroups, browseItem, checkBrowse, readBrowse, type BrowseData, type BrowseGroup, type BrowseItem } from "./browse";
import { categories, type Category, type ErrorCategory } from "./categories";
import { checkCollection } from "./check";
import { readEntries, type Entry } from "./entries";
import { contentPaths } from "./paths";
import { loadSearchData, type CatalogueCode, type SearchData } from "./search-data";

export type { Entry } from "./entries";

/** Reads and checks all content; throws ContentError naming the files on any problem. */
export function loadContent(root = contentPaths.root, projectRoot = process.cwd()): Entry[] {
  const entries = readEntries(root, projectRoot);
  const { markdown, reference, editorial } = readArticleFiles();
  checkCollection(entries, parseArticle(markdown), reference, { markdown, ...editorial });
  checkBrowse(readBrowse(), entries);
  return entries;
}

let cache: Entry[] | undefined;
const all = () => (cache ??= loadContent());
let searchData: SearchData | undefined;
const data = () => (searchData ??= loadSearchData(all()));

/** A catalogued error code as a page shows it: the pages that fix it (none: not covered by the article). */
export interface CodeInfo extends CatalogueCode {
  entries: Entry[];
}
let articleCache: Article | undefined;
let browseCache: BrowseData | undefined;

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
  /** Every catalogued error code, with the entries whose fix applies, best first. */
  codes(locale: Locale): CodeInfo[] {
    return data()
      .codes.map((code) => ({ ...code, entries: code.fix.map((id) => this.byId(locale, id)!) }))
      .sort((a, b) => a.code.localeCompare(b.code));
  },
  /** A code by its name or one of its variants, as printed. */
  code(locale: Locale, name: string): CodeInfo | undefined {
    return this.codes(locale).find((c) => c.code === name || c.variants.includes(name));
  },
  /** The article itself: its title, date and section headings, for each page's provenance. */
  article(): Pick<Article, "meta" | "headings"> {
    return (articleCache ??= parseArticle(readArticleFiles().markdown));
  },
  /** A category's entries grouped by what failed, with OS tags and telling details (content/browse.json). */
  groups(locale: Locale, category: ErrorCategory): BrowseGroup[] {
    return browseGroups((browseCache ??= readBrowse()), category, this.entries(locale, category));
  },
  /** One entry with its OS tag and telling detail, for lists outside the category page (related entries). */
  listItem(entry: Entry): BrowseItem {
    return browseItem((browseCache ??= readBrowse()), entry);
  },
  counts(locale: Locale): Record<Category, number> {
    return Object.fromEntries(categories.map((c) => [c, this.entries(locale, c).length])) as Record<Category, number>;
  },
};

function bySourceOrder(a: Entry, b: Entry): number {
  return categories.indexOf(a.category) - categories.indexOf(b.category) || (a.source.row ?? 0) - (b.source.row ?? 0);
}
