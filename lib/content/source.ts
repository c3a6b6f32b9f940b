import { readFileSync } from "node:fs";
import { type Locale } from "../i18n";
import { parseReference } from "../ingest/ingest";
import { parseSeed } from "../ingest/parse-seed";
import { browseGroups, browseItem, checkBrowse, readBrowse, type BrowseData, type BrowseGroup, type BrowseItem } from "./browse";
import { categories, type Category, type ErrorCategory } from "./categories";
import { checkCollection } from "./check";
import { readEntries, type Entry } from "./entries";
import { contentPaths } from "./paths";

export type { Entry } from "./entries";

/** Reads and checks all content; throws ContentError naming the files on any problem. */
export function loadContent(root = contentPaths.root, projectRoot = process.cwd()): Entry[] {
  const entries = readEntries(root, projectRoot);
  checkCollection(entries, parseSeed(readFileSync(contentPaths.seed, "utf8")), parseReference(readFileSync(contentPaths.reference, "utf8")));
  checkBrowse(readBrowse(), entries);
  return entries;
}

let cache: Entry[] | undefined;
const all = () => (cache ??= loadContent());
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
  /** Every error code with the entries it belongs to (a code can belong to more than one). */
  codes(locale: Locale): Map<string, Entry[]> {
    const map = new Map<string, Entry[]>();
    for (const entry of this.entries(locale)) for (const code of entry.codes) map.set(code, [...(map.get(code) ?? []), entry]);
    return new Map([...map].sort(([a], [b]) => a.localeCompare(b)));
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
