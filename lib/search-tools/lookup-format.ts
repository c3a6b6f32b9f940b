import { learnUrl } from "../article/learn";
import type { CauseOutline, StepOutline } from "../content/mdx-tree";
import type { Locale } from "../i18n";
import { elsewhereNotice, type ElsewhereLabels } from "../search/elsewhere";
import type { SearchHit, SearchResponse } from "../search/engine";

/** The CLI's JSON shape for one query. */
export interface LookupJson {
  /** What was searched (the engine's `searched`): the codes and segments, not megabytes of input. */
  query: string;
  locale: Locale;
  codes: string[];
  results: LookupResult[];
  /** When nothing is confident: pages that may be related (low confidence, not an answer). */
  suggestions: LookupResult[];
  /** When there is no fix: the other product the paste belongs to, and Microsoft's troubleshooting for it. */
  product?: { id: string; name: string; official?: string };
}

interface LookupResult {
  id: string;
  title: string;
  url: string;
  category: string;
  score: number;
  source: { section: string; row?: number }[];
}

function toResult(hit: SearchHit): LookupResult {
  return {
    id: hit.doc.id,
    title: hit.doc.title,
    url: hit.url,
    category: hit.doc.category,
    score: Number(hit.score.toFixed(4)),
    source: [hit.doc.source],
  };
}

export function toLookupJson(locale: Locale, response: SearchResponse): LookupJson {
  return {
    query: response.searched,
    locale,
    codes: response.codes.map((c) => c.code),
    results: response.hits.map(toResult),
    suggestions: response.suggestions.map(toResult),
    ...(response.product && { product: productIn(response.product, locale) }),
  };
}

/** The product with its troubleshooting link in the reader's language. */
const productIn = ({ id, name, official }: NonNullable<SearchResponse["product"]>, locale: Locale) => ({
  id,
  name,
  ...(official && { official: learnUrl(official, locale) }),
});

function stepLines(steps: StepOutline[], or: string, depth = 0): string[] {
  return steps.flatMap((step) => {
    const indent = "   ".repeat(depth);
    const options = step.options.map((option, i) => `${i > 0 ? `(${or}) ` : ""}${option}`);
    const [first = "", ...rest] = [...step.blocks, ...options];
    const more = rest.flatMap((block) => block.split("\n").map((line) => `${indent}     ${line}`));
    return [`${indent}${step.number}. ${first}`, ...more, ...stepLines(step.substeps, or, depth + 1)];
  });
}

/** Independent causes, each with its remedy: "1) cause" then "   remedy". */
function causeLines(causes: CauseOutline[], heading: string): string[] {
  if (causes.length === 0) return [];
  return [`${heading}:`, ...causes.flatMap((c, i) => [`  ${i + 1}) ${c.text}`, ...(c.remedy ? [`     → ${c.remedy}`] : [])])];
}

/** The best fix, readable in a terminal: title, URL, its causes (each with its remedy) or numbered steps, then the other matches. */
export function toLookupText(
  response: SearchResponse,
  outlineOf: (id: string) => { steps: StepOutline[]; causes: CauseOutline[] },
  labels: { noMatch: string; others: string; related: string; code: string; or: string; causes: string } & ElsewhereLabels,
  locale: Locale,
): string {
  const [best, ...others] = response.hits;
  if (!best) {
    const related = response.suggestions.map((hit) => `  - ${hit.doc.title} (${hit.url})`);
    const official = response.product && productIn(response.product, locale).official;
    const notice = elsewhereNotice(response, labels);
    const elsewhere = notice ? ["", notice, ...(official ? [official] : [])] : [];
    return [labels.noMatch, ...elsewhere, ...(related.length ? ["", `${labels.related}:`, ...related] : [])].join("\n");
  }
  const lines = [best.doc.title, best.url];
  if (best.code) lines.push(labels.code.replace("{code}", best.code));
  const { steps, causes } = outlineOf(best.doc.id);
  lines.push("", ...causeLines(causes, labels.causes), ...stepLines(steps, labels.or));
  if (others.length > 0) lines.push("", `${labels.others}:`, ...others.map((hit) => `  - ${hit.doc.title} (${hit.url})`));
  return lines.join("\n");
}
