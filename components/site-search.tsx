import type { Dictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { sharedQueryBootScript } from "@/lib/shared-query";
import { SearchBox } from "./search-box";
import { searchBoxProps } from "./search-box-props";

/** The search box of home, /search and the 404 pages. */
export function SiteSearch({ locale, dict, autoFocus }: { locale: Locale; dict: Dictionary; autoFocus?: boolean }) {
  return (
    <>
      <SearchBox {...searchBoxProps(locale, dict)} autoFocus={autoFocus} />
      <script dangerouslySetInnerHTML={{ __html: sharedQueryBootScript }} />
    </>
  );
}
