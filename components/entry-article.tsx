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
import { buttonClass } from "./ui/button";

/**
 * A fix page or guide: message, cause, steps to tick and share, related entries. Server-rendered
 * throughout; the client parts are leaves (checkboxes, copy and share buttons, the language link).
 */
export function EntryArticle({ entry, crumbs }: { entry: Entry; crumbs?: Crumb[] }) {
  const { locale } = entry;
  const dict = getDictionary(locale);
  const related = entry.related.map((id) => source.byId(locale, id)).filter((e): e is Entry => e !== undefined);
  // No locale in the key: both languages have the same steps, so ticks carry over the language switch.
  const checklist = { storageKey: `steps:${entry.id}`, anchors: actionAnchors(entry.steps) };
  return (
    <article>
      <SiteBreadcrumbs
        label={dict.breadcrumbs}
        crumbs={
          crumbs ?? [
            { href: routes.home(locale), label: dict.home },
            { href: routes.category(locale, entry.category), label: dict.categories[entry.category].name },
          ]
        }
      />
      <h1 className="text-xl leading-snug font-bold sm:text-3xl">{entry.title}</h1>
      <PrintUrl label={dict.followUi.pageUrl} path={routes.entry(locale, entry)} />
      <div className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
        <PageShare title={entry.title} labels={dict.followUi} />
        <LanguageSwitch to={otherLocale(locale)} className={buttonClass({ size: "sm", className: "text-link" })}>
          {dict.entry.otherLanguage}
        </LanguageSwitch>
      </div>
      <EntryErrors entry={entry} dict={dict} />
      <div className="prose-content">
        <MdxContent body={entry.body} dict={dict} checklist={checklist} />
      </div>
      <EntryRelated entries={related} dict={dict} />
      <EntryProvenance entry={entry} dict={dict} />
    </article>
  );
}
