import type { Entry } from "../content/entries";
import { logLinePlaceholder, type SearchData } from "../content/search-data";
import { locales, otherLocale, type Locale } from "../i18n";
import { routes } from "../routes";
import type { CodeRef } from "./codes";
import { fieldSeparator, minPhraseLength, type IndexedCorpus, type OutOfScopeRecord, type SearchDoc } from "./fields";
import { synonymsFor } from "./glossary";
import { normalizeText } from "./normalize";

export function indexedCorpus(entries: Entry[], locale: Locale, data: SearchData): IndexedCorpus {
  const alt = new Map(entries.filter((e) => e.locale === otherLocale(locale)).map((e) => [e.id, e]));
  // A code's messages count as the page's own where the article prints the code: its first fix.
  const codesOf = (id: string) => data.codes.filter((code) => code.fix[0] === id);
  const mine = entries.filter((e) => e.locale === locale);
  const docs = mine.map((entry) => toSearchDoc(entry, locale, data.os[entry.id]));
  const records = mine.map((entry, i) => {
    const other = alt.get(entry.id);
    const pageCodes = codesOf(entry.id);
    const logged = data.logLines.filter((line) => line.entry === entry.id).map((line) => line.text);
    // A logged line quoted word for word is as sure as a printed message (each fixed run on its
    // own); its words weigh as a description's, as the agent logs them for failures of any kind.
    const loggedRuns = logged
      .flatMap((text) => text.split(logLinePlaceholder).map((run) => run.trim()))
      .filter((run) => run.length >= minPhraseLength);
    const printed = [...entry.errors, ...(other?.errors ?? []), ...pageCodes.flatMap((code) => code.messages), ...loggedRuns];
    const message = [
      entry.title,
      ...entry.errors,
      other?.title ?? "",
      ...(other?.errors ?? []),
      ...entry.codes,
      ...pageCodes.flatMap((code) => [code.code, ...code.messages]),
    ];
    // The other language's body is left out: it doubles the text for little gain, as both
    // languages' messages and phrases are already here.
    const body = [entry.summary, entry.text].join(fieldSeparator);
    const described = locales.flatMap((l) => data.phrases[entry.id]?.[l] ?? []);
    const phrases = [...described, ...logged.map((text) => text.replaceAll(logLinePlaceholder, " "))];
    const synonyms = synonymsFor(normalizeText([...message, body].join(" ")));
    if (docs[i].sections) docs[i].sections = sectionStarts(entry.sections, body);
    return { message: [...message, ...synonyms].join(fieldSeparator), phrases: phrases.join(fieldSeparator), body, printed };
  });
  const messages = (lines: string[]) => (lines.length ? { message: lines.join(fieldSeparator) } : {});
  const outOfScope: OutOfScopeRecord[] = [
    ...data.codes.filter((c) => c.fix.length === 0).map((c) => ({ code: c.code, ...messages([...c.variants, ...c.messages]) })),
    ...data.outOfScope.map((o) => ({ product: o.id, phrases: locales.flatMap((l) => o.terms[l]).join(fieldSeparator) })),
    // Each code or message of another product is a record of its own, as a page's printed message is.
    ...data.otherWorkloads.map((o) => ({ ...(o.code && { code: o.code }), product: o.workload, ...messages(o.messages) })),
  ];
  const products = data.outOfScope.map(({ id, name, official }) => ({ id, name: name[locale], ...(official && { official }) }));
  const codes: CodeRef[] = data.codes.map(({ code, variants, fix }) => ({ code, variants, fix }));
  return { docs, records, outOfScope, products, codes };
}

function toSearchDoc(entry: Entry, locale: Locale, os: SearchDoc["os"]): SearchDoc {
  const { id, category, title, summary, source, codes, related } = entry;
  return {
    id,
    category,
    title,
    summary,
    url: routes.entry(locale, entry),
    source,
    codes,
    related,
    ...(os && { os }),
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
