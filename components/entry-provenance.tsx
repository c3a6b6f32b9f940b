import { articleSectionUrl } from "@/lib/article/learn";
import { source, type Entry } from "@/lib/content/source";
import type { Dictionary } from "@/lib/dictionaries";
import { FillSlots } from "./fill-slots";
import { licenseUrl } from "./site-footer";

/**
 * Where the page comes from: the section of the original article on Learn, in the page's language,
 * the article's date and the CC BY 4.0 credit. Printed with the page (the site footer is not).
 */
export function EntryProvenance({ entry, dict }: { entry: Entry; dict: Dictionary }) {
  const t = dict.entry.provenance;
  const { section, row } = entry.source;
  const where = row ? t.sectionRow(t.sections[section] ?? section, row) : t.section(entry.title);
  const article = t.article(t.articleTitle, t.date(source.article().meta.date));
  const url = articleSectionUrl(entry.locale, section);
  return (
    <footer aria-labelledby="provenance" className="provenance mt-10 space-y-1 border-t border-border-muted pt-4 text-xs text-fg-muted">
      <h2 id="provenance" className="font-semibold">
        {t.heading}
      </h2>
      <p>
        <a className="underline" href={url} rel="noopener noreferrer">
          {entry.locale === "en" ? `${where[0].toUpperCase()}${where.slice(1)} ${article}` : `${article}${where}`}
        </a>
        {/* On paper the link cannot be followed: print its address. */}
        <span className="hidden break-all print:block">{url}</span>
      </p>
      <p>
        <FillSlots
          template={t.credit}
          slots={{
            license: (
              <a className="underline" href={licenseUrl} rel="license noopener noreferrer">
                CC BY 4.0
              </a>
            ),
          }}
        />
      </p>
      <p>{t.translation}</p>
    </footer>
  );
}
