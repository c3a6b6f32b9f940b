import type { Metadata } from "next";
import { EntryList } from "@/components/entry-list";
import { SiteBreadcrumbs } from "@/components/site-breadcrumbs";
import { categories } from "@/lib/content/categories";
import { source } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import { requireCategory, requireLocale } from "@/lib/locale-params";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams() {
  return categories.map((category) => ({ category }));
}

type Params = Promise<{ locale: string; category: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const p = await params;
  const locale = requireLocale(p.locale);
  const category = requireCategory(p.category);
  const { name, description } = getDictionary(locale).categories[category];
  return pageMetadata({ locale, rest: `/${category}`, title: name, description });
}

export default async function CategoryPage({ params }: { params: Params }) {
  const p = await params;
  const locale = requireLocale(p.locale);
  const category = requireCategory(p.category);
  const dict = getDictionary(locale);
  const entries = source.entries(locale, category);
  return (
    <>
      <SiteBreadcrumbs label={dict.breadcrumbs} crumbs={[{ href: routes.home(locale), label: dict.home }, { label: dict.categories[category].name }]} />
      <h1 className="mb-2 text-3xl font-bold">{dict.categories[category].name}</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        {dict.categories[category].description} {dict.entryCount(entries.length)}
      </p>
      <EntryList entries={entries} />
    </>
  );
}
