import type { Category } from "../content/categories";
import type { Entry } from "../content/entries";
import type { EntrySource } from "../content/schema";
import { otherLocale, type Locale } from "../i18n";
import { routes } from "../routes";
import { synonymsFor } from "./glossary";
import { normalizeText } from "./normalize";

/** What a result shows: small, so the serialized index stays small. */
export interface SearchDoc {
  id: string;
  category: Category;
  title: string;
  summary: string;
  url: string;
  source: EntrySource;
  codes: string[];
  /** A guide's sub-sections and where each starts in the `body` field, to link to the part that matched. */
  sections?: { anchor: string; title: string; start: number }[];
}

/**
 * What is searched, in both languages so a paste in either finds the entry in any locale:
 * `message` is what the service prints and what the entry is called (plus codes and glossary
 * synonyms), `body` is everything the page says.
 */
export interface IndexedDoc extends SearchDoc {
  message: string;
  body: string;
}

/** The printed message weighs most; the steps and guides' prose still answer questions. */
export const searchKeys = [
  { name: "message", weight: 3 },
  { name: "body", weight: 1 },
] as const;

export function indexedDocs(entries: Entry[], locale: Locale): IndexedDoc[] {
  const alt = new Map(entries.filter((e) => e.locale === otherLocale(locale)).map((e) => [e.id, e]));
  return entries
    .filter((e) => e.locale === locale)
    .map((entry) => {
      const other = alt.get(entry.id);
      const message = [entry.title, ...entry.errors, other?.title ?? "", ...(other?.errors ?? []), ...entry.codes];
      // The other language's body is left out: it doubled the text to scan for little gain, as
      // pastes are messages (both languages are in `message`).
      const body = [entry.summary, entry.text];
      const bodyText = body.join(bodySeparator);
      const synonyms = synonymsFor(normalizeText([...message, ...body].join(" ")));
      return {
        id: entry.id,
        category: entry.category,
        title: entry.title,
        summary: entry.summary,
        url: routes.entry(locale, entry),
        source: entry.source,
        codes: entry.codes,
        message: [...message, ...synonyms].join(" \n "),
        body: bodyText,
        ...(entry.sections.length > 0 && { sections: sectionStarts(entry.sections, bodyText) }),
      };
    });
}

const bodySeparator = " \n ";

/** Where each heading's text starts in the body, in order (a heading's text is part of the body). */
function sectionStarts(sections: Entry["sections"], body: string): NonNullable<SearchDoc["sections"]> {
  let from = 0;
  return sections.map(({ anchor, title }) => {
    const start = Math.max(from, body.indexOf(title, from));
    from = start;
    return { anchor, title, start };
  });
}

export function displayDoc({ id, category, title, summary, url, source, codes, sections }: SearchDoc): SearchDoc {
  return { id, category, title, summary, url, source, codes, ...(sections && { sections }) };
}
