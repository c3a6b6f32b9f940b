import type { Metadata } from "next";
import { preload } from "react-dom";
import { SiteSearch } from "@/components/site-search";
import { getDictionary } from "@/lib/dictionaries";
import { requireLocale } from "@/lib/locale-params";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { searchIndexPath } from "@/lib/search/index-url";

export async function generateMetadata({ params }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  return pageMetadata({ locale, url: (l) => routes.search(l), title: dict.searchUi.title, description: dict.siteTagline });
}

/** Static page; the query lives in `?q=` and is searched in the browser. */
export default async function SearchPage({ params }: PageProps<"/[locale]/search">) {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  // The search page is where the index is needed at once: fetch it while the scripts load. It is
  // needed only once they have run, so at low priority: it must not hold up the stylesheet.
  preload(`/${searchIndexPath(locale)}`, { as: "fetch", crossOrigin: "anonymous", fetchPriority: "low" });
  return (
    <div className="min-h-[80vh]">
      <h1 className="mb-3 text-2xl font-bold sm:mb-6 sm:text-3xl">{dict.searchUi.title}</h1>
      <noscript>
        <p className="mb-4">{dict.searchUi.needsScript}</p>
      </noscript>
      <SiteSearch locale={locale} dict={dict} autoFocus />
    </div>
  );
}
