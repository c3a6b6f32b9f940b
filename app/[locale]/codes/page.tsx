import type { Metadata } from "next";
import { SiteBreadcrumbs } from "@/components/site-breadcrumbs";
import { TextLink } from "@/components/ui/text-link";
import { source } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import { requireLocale } from "@/lib/locale-params";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[locale]/codes">): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  return pageMetadata({ locale, url: routes.codes, title: dict.codes.title, description: dict.codes.description });
}

/** Long codes (CopyingVHDsFromBackUpVaultTakingLongTime) break inside their column instead of overlapping the next. */
export default async function CodesPage({ params }: PageProps<"/[locale]/codes">) {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  return (
    <>
      <SiteBreadcrumbs label={dict.breadcrumbs} crumbs={[{ href: routes.home(locale), label: dict.home }]} />
      <h1 className="mb-2 text-3xl font-bold">{dict.codes.title}</h1>
      <p className="mb-6">{dict.codes.description}</p>
      <dl className="divide-y divide-border-muted">
        {source.codes(locale).map((code) => (
          <div key={code.code} className="grid gap-x-6 py-2 sm:grid-cols-[minmax(0,22rem)_minmax(0,1fr)] sm:items-center">
            <dt className="min-w-0">
              <TextLink href={routes.code(locale, code.code)} className="inline-flex min-h-11 items-center font-mono break-all">
                {code.code}
              </TextLink>
            </dt>
            <dd className="min-w-0 text-fg-muted">
              {code.entries.length > 0 ? code.entries.map((e) => e.title).join(" · ") : dict.codes.notCovered}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
