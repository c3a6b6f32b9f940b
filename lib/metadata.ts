import type { Metadata } from "next";
import type { Entry } from "./content/entries";
import { getDictionary } from "./dictionaries";
import { locales, type Locale } from "./i18n";
import { routes } from "./routes";
import { siteUrl } from "./site";

const ogLocale: Record<Locale, string> = { "zh-TW": "zh_TW", en: "en_US" };

/**
 * Title, description, canonical URL, hreflang alternates (x-default: English) and the OpenGraph /
 * Twitter card tags, so a pasted link unfurls with the error's title. `url` builds the page's path
 * in any locale (from lib/routes), the same page in both languages.
 */
export function pageMetadata({
  locale,
  url,
  title,
  description,
}: {
  locale: Locale;
  url: (locale: Locale) => string;
  title: string;
  description: string;
}): Metadata {
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
  return pageMetadata({ locale: entry.locale, url: (l) => routes.entry(l, entry), title: entry.title, description: entry.summary });
}
