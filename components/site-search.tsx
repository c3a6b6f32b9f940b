import { categories } from "@/lib/content/categories";
import type { Dictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { SearchBox } from "./search-box";

/** The search box with everything it needs from the server side (strings, links), for home and /search. */
export function SiteSearch({ locale, dict, autoFocus }: { locale: Locale; dict: Dictionary; autoFocus?: boolean }) {
  return (
    <SearchBox
      locale={locale}
      labels={dict.searchUi}
      form={dict.search}
      categoryNames={Object.fromEntries(categories.map((c) => [c, dict.categories[c].name]))}
      categoryLinks={categories.map((c) => ({ href: routes.category(locale, c), label: dict.categories[c].name }))}
      searchPath={routes.search(locale)}
      autoFocus={autoFocus}
    />
  );
}
