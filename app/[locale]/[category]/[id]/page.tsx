import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryArticle } from "@/components/entry-article";
import { source, type Entry } from "@/lib/content/source";
import { requireLocale } from "@/lib/locale-params";
import { entryMetadata } from "@/lib/metadata";

export const dynamicParams = false;

export function generateStaticParams({ params }: { params: Awaited<LayoutProps<"/[locale]">["params"]> }) {
  return source.entries(requireLocale(params.locale)).map((entry) => ({ category: entry.category, id: entry.id }));
}

type Props = PageProps<"/[locale]/[category]/[id]">;

async function lookUp(params: Props["params"]): Promise<Entry> {
  const p = await params;
  const entry = source.entry(requireLocale(p.locale), p.category, p.id);
  if (!entry) notFound();
  return entry;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryMetadata(await lookUp(params));
}

export default async function EntryPage({ params }: Props) {
  return <EntryArticle entry={await lookUp(params)} />;
}
