import type { Locale } from "../i18n";

/** Where the build puts each locale's serialized index (under public/, so it is a static file). */
export function searchIndexPath(locale: Locale): string {
  return `search/${locale}.json`;
}
