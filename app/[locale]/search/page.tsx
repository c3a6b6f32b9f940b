import type { Metadata } from "next";
import { SearchForm } from "@/components/search-form";
import { getDictionary } from "@/lib/dictionaries";
import { requireLocale } from "@/lib/locale-params";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const dict = getDictionary(requireLocale((await params).locale));
  return { title: dict.search.label };
}

export default async function SearchPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  return <SearchForm locale={locale} dict={dict} />;
}
