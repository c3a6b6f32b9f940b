import type { Metadata } from "next";
import { CategoryFilter } from "@/components/category-filter";
import { EntryList } from "@/components/entry-list";
import { SiteBreadcrumbs } from "@/components/site-breadcrumbs";
import { categories, type Category } from "@/lib/content/categories";
import { source } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { requireCategory, requireLocale } from "@/lib/locale-params";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams() {
  return categories.map((category) => ({ category }));
}

type Props = PageProps<"/[locale]/[category]">;

async function lookUp(params: Props["params"]): Promise<{ locale: Locale; category: Category }> {
  const p = await params;
  return { locale: requireLocale(p.locale), category: requireCategory(p.category) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category } = await lookUp(params);
  const { name, description } = getDictionary(locale).categories[category];
  return pageMetadata({ locale, url: (l) => routes.category(l, category), title: name, description });
}

const listId = "entries";

/** A category: its entries grouped by what failed, with a filter that narrows them as you type. */
export default async function CategoryPage({ params }: Props) {
  const { locale, category } = await lookUp(params);
  const dict = getDictionary(locale);
  const entries = source.entries(locale, category);
  return (
    <>
      <SiteBreadcrumbs label={dict.breadcrumbs} crumbs={[{ href: routes.home(locale), label: dict.home }]} />
      <h1 className="mb-2 text-3xl font-bold">{dict.categories[category].name}</h1>
      <p>{dict.categories[category].description}</p>
      <p className="mb-6 text-sm text-fg-muted">{dict.entryCount(entries.length)}</p>
      {category === "guides" ? (
        <EntryList items={entries.map((entry) => ({ entry }))} />
      ) : (
        <>
          <CategoryFilter listId={listId} total={entries.length} labels={dict.browseUi} />
          <div id={listId} className="space-y-8">
            {source.groups(locale, category).map((group) => (
              <section key={group.id} data-group aria-labelledby={`group-${group.id}`}>
                <h2 id={`group-${group.id}`} className="mb-3 text-xl font-bold">
                  {group.title} <span className="text-base font-normal text-fg-muted">({group.items.length})</span>
                </h2>
                <EntryList items={group.items} headingLevel={3} />
              </section>
            ))}
          </div>
        </>
      )}
    </>
  );
}
