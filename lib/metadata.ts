import type { Metadata } from "next";
import type { Entry } from "./content/entries";
import { getDictionary } from "./dictionaries";
import { locales, type Locale } from "./i18n";
import { routes } from "./routes";
import { siteUrl } from "./site";

const ogLocale: Record<Locale, string> = { "zh-TW": "zh_TW", en: "en_US" };

/**
 * Title, description, canonical URL, hreflang alternates (x-default: English) and the OpenGraph /
 * Twitter card tags, so a pasted link unfurls with the error's title. `rest` is the path after the
 * locale ("/backup/fs-freeze-failed"), the same in both languages.
 */
export function pageMetadata({ locale, rest, title, description }: { locale: Locale; rest: string; title: string; description: string }): Metadata {
  const url = (l: Locale) => `/${l}${rest}`;
  const siteName = getDictionary(locale).siteName;
  return {
    metadataBase: new URL(siteUrl),
    title,
    description,
    alternates: {
      canonical: url(locale),
      languages: { ...Object.fromEntries(locales.map((l) => [l, url(l)])), "x-default": url("en") },
    },
    openGraph: {
      type: "article",
      url: url(locale),
      title,
      description,
      siteName,
      locale: ogLocale[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
    },
    twitter: { card: "summary", title, description },
  };
}

export function entryMetadata(entry: Entry): Metadata {
  return pageMetadata({ locale: entry.locale, rest: routes.entry(entry.locale, entry).slice(entry.locale.length + 1), title: entry.title, description: entry.summary });
}
