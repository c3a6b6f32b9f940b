import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { SiteSearch } from "@/components/site-search";
import { errorCategories } from "@/lib/content/categories";
import { source } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import { requireLocale } from "@/lib/locale-params";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  return { ...pageMetadata({ locale, rest: "", title: dict.siteName, description: dict.siteTagline }), title: { absolute: dict.siteName } };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  const counts = source.counts(locale);
  return (
    <>
      <section aria-labelledby="home-title" className="mb-10">
        <h1 id="home-title" className="mb-2 text-3xl font-bold tracking-tight">
          {dict.siteName}
        </h1>
        <p className="mb-6 text-lg text-slate-700 dark:text-slate-300">{dict.siteTagline}</p>
        <SiteSearch locale={locale} dict={dict} />
      </section>

      <section aria-labelledby="browse" className="mb-10">
        <h2 id="browse" className="mb-4 text-2xl font-bold">
          {dict.browse}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {errorCategories.map((category) => (
            <li key={category}>
              <AppLink
                href={routes.category(locale, category)}
                className="block h-full rounded-xl border border-slate-300 p-4 no-underline hover:border-blue-600 hover:shadow dark:border-slate-700 dark:hover:border-blue-300"
              >
                <span className="block text-lg font-semibold text-blue-800 dark:text-blue-300">{dict.categories[category].name}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-400">{dict.entryCount(counts[category])}</span>
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
              <AppLink href={routes.entry(locale, guide)} className="block rounded-lg border border-slate-200 p-3 no-underline hover:border-blue-600 dark:border-slate-800">
                <span className="block font-semibold text-blue-800 dark:text-blue-300">{guide.title}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-400">{guide.summary}</span>
              </AppLink>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
