import type { Metadata } from "next";
import { NotFoundContent } from "@/components/not-found-content";
import { getDictionary } from "@/lib/dictionaries";
import { requireLocale } from "@/lib/locale-params";

/**
 * Exported as /<locale>/404.html: the local server and static hosts that support per-folder
 * 404 pages serve it for unknown paths under that locale.
 */
export async function generateMetadata({ params }: PageProps<"/[locale]/404">): Promise<Metadata> {
  const dict = getDictionary(requireLocale((await params).locale));
  return { title: dict.notFound.title, robots: { index: false } };
}

export default async function LocaleNotFound({ params }: PageProps<"/[locale]/404">) {
  const locale = requireLocale((await params).locale);
  return <NotFoundContent locale={locale} dict={getDictionary(locale)} />;
}
