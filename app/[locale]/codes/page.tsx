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
        {[...source.codes(locale)].map(([code, entries]) => (
          <div key={code} className="grid gap-1 py-3 sm:grid-cols-[18rem_1fr]">
            <dt>
              <AppLink href={routes.code(locale, code)} className="font-mono text-blue-800 underline dark:text-blue-300">
                {code}
              </AppLink>
            </dt>
            <dd>{entries.map((e) => e.title).join(" · ")}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
