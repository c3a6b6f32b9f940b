import type { MetadataRoute } from "next";
import { categories } from "@/lib/content/categories";
import { source } from "@/lib/content/source";
import { locales } from "@/lib/i18n";
import { routes, type LocalizedPath } from "@/lib/routes";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Every page in both languages, each with its hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages: LocalizedPath[] = [
    routes.home,
    (l) => routes.search(l),
    routes.codes,
    ...categories.map(
      (c): LocalizedPath =>
        (l) =>
          routes.category(l, c),
    ),
    ...source.entries("en").map(
      (e): LocalizedPath =>
        (l) =>
          routes.entry(l, e),
    ),
    ...source.codes("en").map(
      (c): LocalizedPath =>
        (l) =>
          routes.code(l, c.code),
    ),
  ];
  return pages.flatMap((path) =>
    locales.map((locale) => ({
      url: `${siteUrl}${path(locale)}`,
      alternates: { languages: Object.fromEntries(locales.map((l) => [l, `${siteUrl}${path(l)}`])) },
    })),
  );
}
