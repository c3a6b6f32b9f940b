import { z } from "zod";

/**
 * The zh-TW editorial layer over the 2017 machine-assisted translation, kept apart from the
 * article so that every change is reviewable and can be undone by deleting its entry:
 * - the glossary maps variant wordings to the term Microsoft's zh-TW UI uses today;
 * - each correction replaces one sentence of the article (as written in its Markdown) and says why.
 */
const glossarySchema = z.array(
  z
    .object({
      term: z.string().min(1),
      en: z.string().min(1),
      /** Variant as the article writes it → the wording with the current term. */
      replace: z.record(z.string().min(1), z.string().min(1)),
      note: z.string().optional(),
    })
    .strict(),
);

const correctionsSchema = z.array(
  z
    .object({
      article: z.string().min(1).describe("The sentence exactly as the article's Markdown has it"),
      corrected: z.string().min(1),
      why: z.string().min(1),
      /** How many times the sentence occurs in the article (the same row text can repeat). */
      occurrences: z.number().int().positive().default(1),
    })
    .strict(),
);

export type Glossary = z.infer<typeof glossarySchema>;
export type Correction = z.infer<typeof correctionsSchema>[number];

export const parseGlossary = (json: string): Glossary => glossarySchema.parse(JSON.parse(json));
export const parseCorrections = (json: string): Correction[] => correctionsSchema.parse(JSON.parse(json));

const count = (text: string, part: string) => text.split(part).length - 1;

/** Problems with the corrections against this article: a sentence no longer found (the article changed) or found a different number of times. */
export function correctionProblems(markdown: string, corrections: Correction[]): string[] {
  return corrections.flatMap((c) => {
    const found = count(markdown, c.article);
    return found === c.occurrences
      ? []
      : [`correction of "${c.article}" expects ${c.occurrences} occurrence(s) in the article, found ${found}`];
  });
}

export function applyCorrections(markdown: string, corrections: Correction[]): string {
  const problems = correctionProblems(markdown, corrections);
  if (problems.length > 0) throw new Error(`content/article/corrections.zh-TW.json:\n  ${problems.join("\n  ")}`);
  return corrections.reduce((text, c) => text.split(c.article).join(c.corrected), markdown);
}

/** Variant → current term, longest variant first so that a longer phrase wins over a term inside it. */
export function glossaryReplacements(glossary: Glossary): [string, string][] {
  return glossary.flatMap((g) => Object.entries(g.replace)).sort(([a], [b]) => b.length - a.length);
}

export function applyGlossary(text: string, replacements: [string, string][]): string {
  if (replacements.length === 0) return text;
  const pattern = new RegExp(replacements.map(([from]) => from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  const map = new Map(replacements);
  return text.replace(pattern, (m) => map.get(m)!);
}
