import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CodeNotCovered } from "@/components/code-not-covered";
import { EntryArticle } from "@/components/entry-article";
import { EntryList } from "@/components/entry-list";
import { SiteBreadcrumbs } from "@/components/site-breadcrumbs";
import { source, type CodeInfo } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { requireLocale } from "@/lib/locale-params";
import { entryMetadata, pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export const dynamicParams = false;

/** A page for every catalogued code and each of its printed variants. */
export function generateStaticParams({ params }: { params: Awaited<LayoutProps<"/[locale]">["params"]> }) {
  return source.codes(requireLocale(params.locale)).flatMap((c) => [c.code, ...c.variants].map((code) => ({ code })));
}

type Props = PageProps<"/[locale]/codes/[code]">;

async function lookUp(params: Props["params"]): Promise<{ name: string; code: CodeInfo; locale: Locale }> {
  const p = await params;
  const locale = requireLocale(p.locale);
  const name = decodeURIComponent(p.code);
  const code = source.code(locale, name);
  if (!code) notFound();
  return { name, code, locale };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name, code, locale } = await lookUp(params);
  // One entry: the code page is that fix, so it points search engines at the fix page.
  if (code.entries.length === 1) return { ...entryMetadata(code.entries[0]), title: `${name}: ${code.entries[0].title}` };
  const dict = getDictionary(locale);
  const description = code.entries.length > 1 ? dict.codes.several(name) : code.reason[locale];
  return pageMetadata({ locale, url: (l) => routes.code(l, name), title: dict.codes.pageTitle(name), description });
}

/** `/<locale>/codes/<CODE>`: the fix for a code, a chooser when several entries share it, or where to go when the article has none. */
export default async function CodePage({ params }: Props) {
  const { name, code, locale } = await lookUp(params);
  const dict = getDictionary(locale);
  const crumbs = [
    { href: routes.home(locale), label: dict.home },
    { href: routes.codes(locale), label: dict.codes.title },
  ];
  if (code.entries.length === 1) return <EntryArticle entry={code.entries[0]} crumbs={crumbs} />;
  return (
    <>
      <SiteBreadcrumbs label={dict.breadcrumbs} crumbs={crumbs} />
      <h1 className="mb-2 text-3xl font-bold break-words">{dict.codes.pageTitle(name)}</h1>
      {code.entries.length > 1 ? (
        <>
          <p className="mb-2">{dict.codes.several(name)}</p>
          <p className="mb-4 text-fg-muted">{code.reason[locale]}</p>
          <EntryList items={code.entries.map((entry) => source.listItem(entry))} />
        </>
      ) : (
        <CodeNotCovered code={code} name={name} locale={locale} />
      )}
    </>
  );
}
