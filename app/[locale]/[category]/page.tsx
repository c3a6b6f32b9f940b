import type { Metadata } from "next";
import Link from "next/link";
import { SiteBreadcrumbs } from "@/components/site-breadcrumbs";
import { categories } from "@/lib/content/categories";
import { source } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import { requireCategory, requireLocale } from "@/lib/locale-params";
import { routes } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams() {
  return categories.map((category) => ({ category }));
}

type Params = Promise<{ locale: string; category: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const p = await params;
  const dict = getDictionary(requireLocale(p.locale));
  const category = dict.categories[requireCategory(p.category)];
  return { title: category.name, description: category.description };
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
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {entries.map((entry) => (
          <li key={entry.id} className="py-4">
            <h2 className="text-lg font-semibold">
              <Link href={routes.entry(locale, entry)} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
                {entry.title}
              </Link>
            </h2>
            {entry.errors[0] && <p className="mt-1 font-mono text-sm text-slate-700 dark:text-slate-300">{entry.errors[0]}</p>}
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{entry.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
