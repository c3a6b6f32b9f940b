/**
 * npm run split:eval -- pool.jsonl…: files new labeled cases into tests/search/cases/{dev,test}.jsonl
 * by their id (lib/search-tools/cases.ts splitOf). Cases already filed keep their place; a case
 * whose id is already filed is replaced. Prints counts only, so the test half is never read while tuning.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { evalCaseSchema, evalDir, splitOf, splits, type EvalCase } from "../lib/search-tools/cases";

const read = (file: string): EvalCase[] =>
  existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l, i) => {
          const parsed = evalCaseSchema.safeParse(JSON.parse(l));
          if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
          return parsed.data;
        })
    : [];

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run split:eval -- pool.jsonl [more.jsonl…]");
  process.exit(2);
}
const filed = new Map<string, EvalCase>();
for (const split of splits) for (const c of read(join(evalDir, "cases", `${split}.jsonl`))) filed.set(c.id, c);
for (const file of files) for (const c of read(file)) filed.set(c.id, c);
for (const split of splits) {
  const mine = [...filed.values()].filter((c) => splitOf(c.id) === split).sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(join(evalDir, "cases", `${split}.jsonl`), mine.map((c) => JSON.stringify(c)).join("\n") + "\n");
  console.log(`${split}: ${mine.length} cases`);
}
