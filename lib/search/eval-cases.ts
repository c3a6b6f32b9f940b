import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { locales } from "../i18n";

/** One labeled query: what a person pastes, and the entry it must find (null: nothing may match). */
export const evalCaseSchema = z.object({
  name: z.string(),
  kind: z.string(),
  locale: z.enum(locales),
  expect: z.string().nullable(),
  q: z.string(),
});
export type EvalCase = z.infer<typeof evalCaseSchema>;

export const evalDir = join(process.cwd(), "tests", "search");

/** queries.jsonl (one-line queries) plus pastes/*.txt (golden multi-line blobs with a small header). */
export function loadEvalCases(dir = evalDir): EvalCase[] {
  const lines = readFileSync(join(dir, "queries.jsonl"), "utf8").split("\n").filter(Boolean);
  const queries = lines.map((line, i) => evalCaseSchema.parse({ name: `queries.jsonl:${i + 1}`, ...JSON.parse(line) }));
  const pastes = readdirSync(join(dir, "pastes"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const [header, body] = readFileSync(join(dir, "pastes", file), "utf8").split(/\n---\n/);
      const fields = Object.fromEntries(header.split("\n").map((l) => l.split(/:\s*/, 2)));
      return evalCaseSchema.parse({ name: `pastes/${file}`, kind: fields.kind, locale: fields.locale, expect: fields.expect === "none" ? null : fields.expect, q: body });
    });
  return [...queries, ...pastes];
}
