import { actionAnchors } from "@/lib/content/mdx-tree";
import { source, type Entry } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import { otherLocale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { EntryErrors } from "./entry-header";
import { EntryProvenance } from "./entry-provenance";
import { EntryRelated } from "./entry-related";
import { LanguageSwitch } from "./language-switch";
import { MdxContent } from "./mdx/mdx-content";
import { PageShare } from "./page-share";
import { PrintUrl } from "./print-url";
import { SiteBreadcrumbs, type Crumb } from "./site-breadcrumbs";
import { ChecklistProvider } from "./step-checklist";

/** A fix page or guide: message, cause, steps to tick and share, related entries. */
export function EntryArticle({ entry, crumbs }: { entry: Entry; crumbs?: Crumb[] }) {
  const { locale } = entry;
  const dict = getDictionary(locale);
  const related = entry.related.map((id) => source.byId(locale, id)).filter((e): e is Entry => e !== undefined);
  return (
    <article>
      <SiteBreadcrumbs
        label={dict.breadcrumbs}
        crumbs={
          crumbs ?? [
            { href: routes.home(locale), label: dict.home },
            { href: routes.category(locale, entry.category), label: dict.categories[entry.category].name },
            { label: entry.title },
          ]
        }
      />
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{entry.title}</h1>
      <PrintUrl label={dict.followUi.pageUrl} path={routes.entry(locale, entry)} />
      <div className="mt-3 flex flex-wrap items-center gap-3 print:hidden">
        <PageShare title={entry.title} labels={dict.followUi} />
        <LanguageSwitch to={otherLocale(locale)} className="text-sm text-blue-800 underline dark:text-blue-300">
          {dict.entry.otherLanguage}
        </LanguageSwitch>
      </div>
      <EntryErrors entry={entry} dict={dict} />
      <ChecklistProvider storageKey={`steps:${locale}:${entry.id}`} anchors={actionAnchors(entry.steps)}>
        <div className="prose-content">
          <MdxContent body={entry.body} dict={dict} />
        </div>
      </ChecklistProvider>
      <EntryRelated entries={related} dict={dict} />
      <EntryProvenance entry={entry} dict={dict} />
    </article>
  );
}
