import type { Category } from "../content/categories";
import type { Entry } from "../content/entries";
import type { EntrySource } from "../content/schema";
import type { SearchData } from "../content/search-data";
import { locales, otherLocale, type Locale } from "../i18n";
import { routes } from "../routes";
import type { CodeRef } from "./codes";
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
 * The searched text of a page, in fields of different weight: `message` is what the service
 * prints and what the page is called, in both languages (plus codes, glossary synonyms and the
 * messages printed with its catalogued codes); `phrases` is how people describe it, in both
 * languages; `body` is what the page says.
 */
export interface SearchRecord {
  message: string;
  phrases: string;
  body: string;
}

/** Field weights for BM25F: a word of the printed message counts three times a word of a step. */
export const fieldWeights: Record<keyof SearchRecord, number> = { message: 3, phrases: 2, body: 1 };

/** Something the portal has no fix for (an uncovered code, another workload): a paste nearest to it gets no fix. */
export interface OutOfScopeRecord extends SearchRecord {
  ref: string;
}

export interface IndexedCorpus {
  docs: SearchDoc[];
  records: SearchRecord[];
  outOfScope: OutOfScopeRecord[];
  codes: CodeRef[];
}

/** Lines of a field are joined with this; highlighting splits on it. */
export const fieldSeparator = " \n ";

export function indexedCorpus(entries: Entry[], locale: Locale, data: SearchData): IndexedCorpus {
  const alt = new Map(entries.filter((e) => e.locale === otherLocale(locale)).map((e) => [e.id, e]));
  const printed = new Map<string, string[]>();
  for (const code of data.codes)
    if (code.fix[0]) printed.set(code.fix[0], [...(printed.get(code.fix[0]) ?? []), code.code, ...code.messages]);
  const mine = entries.filter((e) => e.locale === locale);
  const docs = mine.map((entry) => toSearchDoc(entry, locale));
  const records = mine.map((entry, i) => {
    const other = alt.get(entry.id);
    const message = [
      entry.title,
      ...entry.errors,
      other?.title ?? "",
      ...(other?.errors ?? []),
      ...entry.codes,
      ...(printed.get(entry.id) ?? []),
    ];
    // The other language's body is left out: it doubles the text for little gain, as both
    // languages' messages and phrases are already here.
    const body = [entry.summary, entry.text].join(fieldSeparator);
    const phrases = locales.flatMap((l) => data.phrases[entry.id]?.[l] ?? []);
    const synonyms = synonymsFor(normalizeText([...message, body].join(" ")));
    if (docs[i].sections) docs[i].sections = sectionStarts(entry.sections, body);
    return { message: [...message, ...synonyms].join(fieldSeparator), phrases: phrases.join(fieldSeparator), body };
  });
  const outOfScope: OutOfScopeRecord[] = [
    ...data.codes
      .filter((c) => c.fix.length === 0)
      .map((c) => ({ ref: c.code, message: [c.code, ...c.variants, ...c.messages].join(fieldSeparator), phrases: "", body: "" })),
    ...data.outOfScope.map((o) => ({ ref: o.id, message: "", phrases: locales.flatMap((l) => o.terms[l]).join(fieldSeparator), body: "" })),
  ];
  const codes: CodeRef[] = [
    ...data.codes.map(({ code, variants, fix }) => ({ code, variants, fix })),
    ...data.otherWorkloadCodes.map(({ code, workload }) => ({ code, variants: [], fix: [], workload })),
  ];
  return { docs, records, outOfScope, codes };
}

function toSearchDoc(entry: Entry, locale: Locale): SearchDoc {
  const { id, category, title, summary, source, codes } = entry;
  return {
    id,
    category,
    title,
    summary,
    url: routes.entry(locale, entry),
    source,
    codes,
    ...(entry.sections.length > 0 && { sections: [] }),
  };
}

/** Where each heading's text starts in the body, in order (a heading's text is part of the body). */
function sectionStarts(sections: Entry["sections"], body: string): NonNullable<SearchDoc["sections"]> {
  let from = 0;
  return sections.map(({ anchor, title }) => {
    const start = Math.max(from, body.indexOf(title, from));
    from = start;
    return { anchor, title, start };
  });
}
