import { categories } from "@/lib/content/categories";
import type { Dictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import type { SearchBoxProps } from "./search-box";

/** Everything the search box needs from the server side (strings, links), in the page's language. */
export function searchBoxProps(locale: Locale, dict: Dictionary): SearchBoxProps {
  return {
    locale,
    labels: dict.searchUi,
    form: dict.search,
    categoryNames: Object.fromEntries(categories.map((c) => [c, dict.categories[c].name])),
    categoryLinks: categories.map((c) => ({ href: routes.category(locale, c), label: dict.categories[c].name })),
    searchPath: routes.search(locale),
  };
}
