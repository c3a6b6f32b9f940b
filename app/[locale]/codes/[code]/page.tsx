import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryArticle } from "@/components/entry-article";
import { EntryList } from "@/components/entry-list";
import { SiteBreadcrumbs } from "@/components/site-breadcrumbs";
import { source, type Entry } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import { requireLocale } from "@/lib/locale-params";
import { entryMetadata, pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams({ params }: { params: Awaited<LayoutProps<"/[locale]">["params"]> }) {
  return [...source.codes(requireLocale(params.locale)).keys()].map((code) => ({ code }));
}

type Props = PageProps<"/[locale]/codes/[code]">;

async function lookUp(params: Props["params"]): Promise<{ code: string; entries: Entry[] }> {
  const p = await params;
  const code = decodeURIComponent(p.code);
  const entries = source.codes(requireLocale(p.locale)).get(code);
  if (!entries) notFound();
  return { code, entries };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, entries } = await lookUp(params);
  const [first] = entries;
  // One entry: the code page is that fix, so it points search engines at the fix page.
  if (entries.length === 1) return { ...entryMetadata(first), title: `${code}: ${first.title}` };
  const dict = getDictionary(first.locale);
  return pageMetadata({ locale: first.locale, url: (l) => routes.code(l, code), title: dict.codes.pageTitle(code), description: dict.codes.several(code) });
}

/** `/<locale>/codes/<CODE>`: the fix for a code, or a short chooser when several entries share it. */
export default async function CodePage({ params }: Props) {
  const { code, entries } = await lookUp(params);
  const { locale } = entries[0];
  const dict = getDictionary(locale);
  const crumbs = [
    { href: routes.home(locale), label: dict.home },
    { href: routes.codes(locale), label: dict.codes.title },
  ];
  if (entries.length === 1) return <EntryArticle entry={entries[0]} crumbs={crumbs} />;
  return (
    <>
      <SiteBreadcrumbs label={dict.breadcrumbs} crumbs={crumbs} />
      <h1 className="mb-2 text-3xl font-bold">{dict.codes.pageTitle(code)}</h1>
      <p className="mb-4">{dict.codes.several(code)}</p>
      <EntryList items={entries.map((entry) => source.listItem(entry))} />
    </>
  );
}
