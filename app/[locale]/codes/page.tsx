import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { SiteBreadcrumbs } from "@/components/site-breadcrumbs";
import { source } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import { requireLocale } from "@/lib/locale-params";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  return pageMetadata({ locale, rest: "/codes", title: dict.codes.title, description: dict.codes.description });
}

export default async function CodesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  return (
    <>
      <SiteBreadcrumbs label={dict.breadcrumbs} crumbs={[{ href: routes.home(locale), label: dict.home }, { label: dict.codes.title }]} />
      <h1 className="mb-2 text-3xl font-bold">{dict.codes.title}</h1>
      <p className="mb-6">{dict.codes.description}</p>
      <dl className="divide-y divide-slate-200 dark:divide-slate-800">
        {source.codes(locale).map((code) => (
          <div key={code.code} className="grid gap-1 py-3 md:grid-cols-[minmax(0,22rem)_minmax(0,1fr)] md:gap-4">
            <dt className="min-w-0">
              <AppLink href={routes.code(locale, code.code)} className="font-mono break-all text-blue-800 underline dark:text-blue-300">
                {code.code}
              </AppLink>
            </dt>
            <dd className="min-w-0">
              {code.entries.length > 0 ? code.entries.map((e) => e.title).join(" · ") : <span className="text-slate-600 dark:text-slate-400">{dict.codes.notCovered}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
