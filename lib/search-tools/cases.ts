import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { locales } from "../i18n";

/** One labeled query: what a person pastes or types, and the pages whose fix is right for it. */
export const evalCaseSchema = z.object({
  id: z.string().min(1).describe("stable id; it alone decides the split"),
  kind: z.string().min(1).describe("what sort of input: question-en, powershell, negative-near-miss, …"),
  locale: z.enum(locales).describe("the portal language the person uses"),
  expect: z.array(z.string()).min(1).nullable().describe("acceptable page ids, best first; null: nothing may match"),
  q: z.string().describe("exactly what is pasted or typed"),
  origin: z.string().url().optional().describe("the public page the text or the fact came from"),
});
export type EvalCase = z.infer<typeof evalCaseSchema>;

export const splits = ["dev", "test"] as const;
export type Split = (typeof splits)[number];

export const evalDir = join(process.cwd(), "tests", "search");

/**
 * The split is decided once, by the case's id alone (half of SHA-256 space each), so adding
 * cases never moves an existing one between dev and test.
 */
export function splitOf(id: string): Split {
  return createHash("sha256").update(id).digest()[0] < 128 ? "dev" : "test";
}

function readJsonl(file: string): EvalCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      const parsed = evalCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** Golden pastes: multi-line blobs with a small header (expect, locale, kind), kept as files to read like fixtures. */
function readPastes(dir: string): EvalCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const [header, body] = readFileSync(join(dir, file), "utf8").split(/\n---\n/);
      const fields = Object.fromEntries(header.split("\n").map((l) => l.split(/:\s*/, 2)));
      const expect = fields.expect === "none" ? null : fields.expect.split(/,\s*/);
      return evalCaseSchema.parse({ id: `pastes/${file}`, kind: fields.kind, locale: fields.locale, expect, q: body });
    });
}

/**
 * dev: the cases tuned on — the golden pastes, the first set written from the article's own
 * sentences (legacy) and the dev half of the labeled set. test: the other half, never tuned on.
 */
export function loadEvalCases(split: Split, dir = evalDir): EvalCase[] {
  const labeled = readJsonl(join(dir, "cases", `${split}.jsonl`));
  if (split === "test") return labeled;
  return [...readPastes(join(dir, "pastes")), ...readJsonl(join(dir, "cases", "legacy.jsonl")), ...labeled];
}
