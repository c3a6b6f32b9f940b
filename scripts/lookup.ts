/**
 * npm run lookup -- [--locale en|zh-TW] [--json] [--limit N] [--batch] [QUERY...]
 * Finds the fix for a pasted error with the same search module as the site.
 * Exit status: 0 something matched, 1 nothing relevant, 2 usage error.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadContent } from "../lib/content/source";
import { getDictionary } from "../lib/dictionaries";
import { isLocale, type Locale } from "../lib/i18n";
import { toLookupJson, toLookupText } from "../lib/search/lookup-format";
import { nodeEngines } from "../lib/search-eval/node-engines";

const usage = "usage: npm run lookup -- [--locale en|zh-TW] [--json] [--limit N] [--batch] [QUERY...]\n(no QUERY: stdin is one paste; --batch: stdin is JSON Lines of strings or {\"q\", \"locale\"})";

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { locale: { type: "string", default: "en" }, json: { type: "boolean", default: false }, limit: { type: "string", default: "5" }, batch: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
  });
} catch (error) {
  fail((error as Error).message);
}
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}
const locale = args.values.locale;
if (!isLocale(locale)) fail(`unknown locale "${locale}"`);
const limit = Number(args.values.limit);
if (!Number.isInteger(limit) || limit < 1 || limit > 50) fail(`--limit must be a whole number from 1 to 50`);
if (args.values.batch && args.positionals.length > 0) fail("--batch reads stdin; do not give a QUERY too");

const entries = loadContent();
const engines = nodeEngines(entries);
const outlines = new Map(entries.map((e) => [`${e.locale}/${e.id}`, { steps: e.steps, causes: e.causes }]));

function lookUp(query: string, queryLocale: Locale) {
  return engines[queryLocale].search(query, limit);
}

if (args.values.batch) {
  let matched = false;
  readFileSync(0, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      let item: unknown;
      try {
        item = JSON.parse(line);
      } catch {
        fail(`line ${i + 1}: not JSON`);
      }
      const q = typeof item === "string" ? item : (item as { q?: unknown })?.q;
      const l = typeof item === "object" && item && "locale" in item ? (item as { locale: unknown }).locale : locale;
      if (typeof q !== "string") fail(`line ${i + 1}: expected a JSON string or {"q": "...", "locale": "..."}`);
      if (!isLocale(l)) fail(`line ${i + 1}: unknown locale "${String(l)}"`);
      const response = lookUp(q, l);
      matched ||= response.hits.length > 0;
      console.log(JSON.stringify(toLookupJson(q, l, response)));
    });
  process.exit(matched ? 0 : 1);
}

const query = args.positionals.length > 0 ? args.positionals.join(" ") : process.stdin.isTTY ? fail("no QUERY and nothing on stdin") : readFileSync(0, "utf8");
const response = lookUp(query, locale);
if (args.values.json) {
  console.log(JSON.stringify(toLookupJson(query, locale, response), null, 2));
} else {
  const dict = getDictionary(locale);
  console.log(toLookupText(response, (id) => outlines.get(`${locale}/${id}`) ?? { steps: [], causes: [] }, {
      noMatch: [dict.searchUi.noMatch, dict.searchUi.noMatchHelp].join(locale === "zh-TW" ? "。" : ". "),
      others: dict.searchUi.otherMatches,
      code: dict.searchUi.detectedCode,
      or: dict.entry.or,
      causes: dict.entry.causes.heading,
    }),);
}
process.exit(response.hits.length > 0 ? 0 : 1);
