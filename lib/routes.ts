import type { Locale } from "./i18n";
import type { Category } from "./content/categories";

/** Every site path is built here, so pages, search results, metadata and the CLI agree on URLs. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  category: (locale: Locale, category: Category) => `/${locale}/${category}`,
  entry: (locale: Locale, entry: { category: Category; id: string }) => `/${locale}/${entry.category}/${entry.id}`,
  codes: (locale: Locale) => `/${locale}/codes`,
  code: (locale: Locale, code: string) => `/${locale}/codes/${encodeURIComponent(code)}`,
  search: (locale: Locale, query?: string) => `/${locale}/search${query ? `?q=${encodeURIComponent(query)}` : ""}`,
  opensearch: (locale: Locale) => `/${locale}/opensearch.xml`,
};

/** A page as it exists in every locale: its path in a given one. */
export type LocalizedPath = (locale: Locale) => string;

/** Same page in another locale: the first path segment is always the locale. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const rest = pathname.replace(/^\/[^/]+/, "");
  return `/${to}${rest}`;
}
