import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryErrors } from "@/components/entry-header";
import { EntryRelated } from "@/components/entry-related";
import { MdxContent } from "@/components/mdx/mdx-content";
import { SiteBreadcrumbs } from "@/components/site-breadcrumbs";
import { source, type Entry } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import { requireLocale } from "@/lib/locale-params";
import { otherLocale } from "@/lib/i18n";
import { routes } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return source.entries(requireLocale(params.locale)).map((entry) => ({ category: entry.category, id: entry.id }));
}

type Params = Promise<{ locale: string; category: string; id: string }>;

async function lookUp(params: Params): Promise<Entry> {
  const p = await params;
  const entry = source.entry(requireLocale(p.locale), p.category, p.id);
  if (!entry) notFound();
  return entry;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const entry = await lookUp(params);
  return { title: entry.title, description: entry.summary };
}

export default async function EntryPage({ params }: { params: Params }) {
  const entry = await lookUp(params);
  const { locale } = entry;
  const dict = getDictionary(locale);
  const other = otherLocale(locale);
  const related = entry.related.map((id) => source.byId(locale, id)).filter((e): e is Entry => e !== undefined);
  return (
    <article>
      <SiteBreadcrumbs
        label={dict.breadcrumbs}
        crumbs={[
          { href: routes.home(locale), label: dict.home },
          { href: routes.category(locale, entry.category), label: dict.categories[entry.category].name },
          { label: entry.title },
        ]}
      />
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{entry.title}</h1>
      <p className="mt-2 text-sm print:hidden">
        <a href={routes.entry(other, entry)} hrefLang={other} lang={other} className="text-blue-800 underline dark:text-blue-300">
          {dict.entry.otherLanguage}
        </a>
      </p>
      <EntryErrors entry={entry} dict={dict} />
      <div className="prose-content">
        <MdxContent body={entry.body} dict={dict} />
      </div>
      <EntryRelated entries={related} dict={dict} />
      <p className="mt-10 text-xs text-slate-500 dark:text-slate-400">
        {dict.entry.source}:{" "}
        {entry.source.row
          ? dict.entry.sourceRow(dict.categories[entry.category].name, entry.source.row)
          : dict.entry.sourceSection(entry.title)}
      </p>
    </article>
  );
}
