import type { MetadataRoute } from "next";
import { categories } from "@/lib/content/categories";
import { source } from "@/lib/content/source";
import { locales } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Every page in both languages, each with its hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const rests = [
    "",
    "/search",
    "/codes",
    ...categories.map((c) => `/${c}`),
    ...source.entries("en").map((e) => routes.entry("en", e).slice(3)),
    ...source.codes("en").map((c) => routes.code("en", c.code).slice(3)),
  ];
  return rests.flatMap((rest) =>
    locales.map((locale) => ({
      url: `${siteUrl}/${locale}${rest}`,
      alternates: { languages: Object.fromEntries(locales.map((l) => [l, `${siteUrl}/${l}${rest}`])) },
    })),
  );
}
