import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { SiteSearch } from "@/components/site-search";
import { errorCategories } from "@/lib/content/categories";
import { source } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import { requireLocale } from "@/lib/locale-params";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  return {
    ...pageMetadata({ locale, url: routes.home, title: dict.siteName, description: dict.siteTagline }),
    title: { absolute: dict.siteName },
  };
}

const card = "block h-full rounded-xl border border-border p-4 no-underline hover:border-accent";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  const counts = source.counts(locale);
  return (
    <>
      <section aria-labelledby="home-title" className="mb-10">
        {/* On phones the header already names the site: the first screen goes to the search box. */}
        <h1 id="home-title" className="sr-only text-3xl font-bold tracking-tight sm:not-sr-only sm:mb-2">
          {dict.siteName}
        </h1>
        <p className="mb-4 text-fg-muted sm:mb-6 sm:text-lg">{dict.siteTagline}</p>
        <SiteSearch locale={locale} dict={dict} />
      </section>

      <section aria-labelledby="browse" className="mb-10">
        <h2 id="browse" className="mb-4 text-2xl font-bold">
          {dict.browse}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {errorCategories.map((category) => (
            <li key={category}>
              <AppLink href={routes.category(locale, category)} className={card}>
                <span className="block text-lg font-semibold text-link">{dict.categories[category].name}</span>
                <span className="block text-sm text-fg-muted">{dict.entryCount(counts[category])}</span>
                <span className="mt-2 block text-sm">{dict.categories[category].description}</span>
              </AppLink>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="guides">
        <h2 id="guides" className="mb-4 text-2xl font-bold">
          {dict.guidesHeading}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {source.entries(locale, "guides").map((guide) => (
            <li key={guide.id}>
              <AppLink href={routes.entry(locale, guide)} className={card}>
                <span className="block font-semibold text-link">{guide.title}</span>
                <span className="block text-sm text-fg-muted">{guide.summary}</span>
              </AppLink>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
