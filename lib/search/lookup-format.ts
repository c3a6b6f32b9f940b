import type { StepOutline } from "../content/mdx-tree";
import type { Locale } from "../i18n";
import type { SearchResponse } from "./engine";

/** The CLI's JSON shape for one query. */
export interface LookupJson {
  /** What was searched (the engine's `searched`): the codes and segments, not megabytes of input. */
  query: string;
  locale: Locale;
  codes: string[];
  results: { id: string; title: string; url: string; category: string; score: number; source: { section: string; row?: number }[] }[];
}

export function toLookupJson(locale: Locale, response: SearchResponse): LookupJson {
  return {
    query: response.searched,
    locale,
    codes: response.query.codes,
    results: response.hits.map((hit) => ({
      id: hit.doc.id,
      title: hit.doc.title,
      url: hit.url,
      category: hit.doc.category,
      score: Number(hit.score.toFixed(4)),
      source: [hit.doc.source],
    })),
  };
}

function stepLines(steps: StepOutline[], or: string, depth = 0): string[] {
  return steps.flatMap((step, i) => {
    const alternative = step.alternative && steps[i - 1]?.alternative ? `(${or}) ` : "";
    const indent = "   ".repeat(depth);
    const [first = "", ...rest] = step.blocks;
    const more = rest.flatMap((block) => block.split("\n").map((line) => `${indent}     ${line}`));
    return [`${indent}${step.number}. ${alternative}${first}`, ...more, ...stepLines(step.substeps, or, depth + 1)];
  });
}

/** The best fix, readable in a terminal: title, URL, numbered steps, then the other matches. */
export function toLookupText(response: SearchResponse, stepsOf: (id: string) => StepOutline[], labels: { noMatch: string; others: string; code: string; or: string }): string {
  const [best, ...others] = response.hits;
  if (!best) return labels.noMatch;
  const lines = [best.doc.title, best.url];
  if (best.code) lines.push(`${labels.code}: ${best.code}`);
  lines.push("", ...stepLines(stepsOf(best.doc.id), labels.or));
  if (others.length > 0) lines.push("", `${labels.others}:`, ...others.map((hit) => `  - ${hit.doc.title} (${hit.url})`));
  return lines.join("\n");
}
