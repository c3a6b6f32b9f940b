/**
 * npm run lookup: finds the fix for a pasted error with the same search module as the site.
 * Behaves in pipelines: reads stdin as a stream up to what the engine uses, waits for a slow
 * reader, and reports through its exit status (see `exitCodes`).
 */
import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { readLines, readText } from "../cli/stdin";
import { loadContent } from "../content/source";
import { getDictionary } from "../dictionaries";
import { isLocale, type Locale } from "../i18n";
import type { SearchResponse } from "../search/engine";
import { toLookupJson, toLookupText } from "./lookup-format";
import { nodeEngines } from "./node-engines";
import { limits } from "../search/query";

export const exitCodes = { match: 0, noMatch: 1, usage: 2, internal: 3 } as const;

export const usage =
  'usage: npm run lookup -- [--locale en|zh-TW] [--json] [--limit N] [--batch] [QUERY...]\n(no QUERY: stdin is one paste; --batch: stdin is JSON Lines of strings or {"q", "locale"})\nexit status: 0 a fix matched, 1 nothing relevant, 2 usage error (or a bad batch line), 3 internal error';

/** A batch line may hold a JSON-escaped paste of up to the engine's limit. */
const maxBatchLineChars = limits.chars * 8;

type Engines = ReturnType<typeof nodeEngines>;
type Outline = Pick<ReturnType<typeof loadContent>[number], "steps" | "causes">;
let cached: { engines: Engines; outlines: Map<string, Outline> } | undefined;
function searchModule() {
  if (!cached) {
    const entries = loadContent();
    cached = {
      engines: nodeEngines(entries),
      outlines: new Map(entries.map((e) => [`${e.locale}/${e.id}`, { steps: e.steps, causes: e.causes }])),
    };
  }
  return cached;
}

/** The one place the CLI calls the search engine. */
function lookUp(query: string, locale: Locale, limit: number): SearchResponse {
  return searchModule().engines[locale].search(query, limit);
}

class UsageError extends Error {}

/** Writes and waits while the reader is behind; false once the reader has gone (EPIPE). */
async function write(out: Writable, text: string): Promise<boolean> {
  if (out.destroyed || out.writableEnded) return false;
  if (!out.write(text)) {
    const done = new AbortController();
    try {
      await Promise.race([once(out, "drain", { signal: done.signal }), once(out, "close", { signal: done.signal })]);
    } catch {
      return false; // EPIPE: the reader went away (`| head -1`), which is not our failure
    } finally {
      done.abort();
    }
  }
  return !out.destroyed;
}

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        locale: { type: "string", default: "en" },
        json: { type: "boolean", default: false },
        limit: { type: "string", default: "5" },
        batch: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    });
    const limit = Number(values.limit);
    if (!isLocale(values.locale)) throw new UsageError(`unknown locale "${values.locale}"`);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new UsageError("--limit must be a whole number from 1 to 50");
    if (values.batch && positionals.length > 0) throw new UsageError("--batch reads stdin; do not give a QUERY too");
    return { ...values, locale: values.locale, limit, positionals };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }
}

async function runBatch(stdin: Readable, stdout: Writable, stderr: Writable, locale: Locale, limit: number): Promise<number> {
  let matched = false;
  let bad = 0;
  for await (const line of readLines(stdin, maxBatchLineChars)) {
    const problem = (message: string) => {
      bad++;
      stderr.write(`line ${line.number}: ${message}\n`);
    };
    if ("tooLong" in line) {
      problem(`longer than ${maxBatchLineChars} characters`);
      continue;
    }
    if (!line.text.trim()) continue;
    let item: unknown;
    try {
      item = JSON.parse(line.text);
    } catch {
      problem("not JSON");
      continue;
    }
    const q = typeof item === "string" ? item : (item as { q?: unknown } | null)?.q;
    const l = item && typeof item === "object" && "locale" in item ? item.locale : locale;
    if (typeof q !== "string") problem('expected a JSON string or {"q": "...", "locale": "..."}');
    else if (!isLocale(l)) problem(`unknown locale "${String(l)}"`);
    else {
      const response = lookUp(q, l, limit);
      matched ||= response.hits.length > 0;
      if (!(await write(stdout, `${JSON.stringify(toLookupJson(l, response))}\n`))) break;
    }
  }
  if (bad > 0) return exitCodes.usage;
  return matched ? exitCodes.match : exitCodes.noMatch;
}

/** Runs the CLI on the given streams and resolves with its exit status; never exits the process. */
export async function runLookup(
  argv: string[],
  stdin: Readable & { isTTY?: boolean },
  stdout: Writable,
  stderr: Writable,
): Promise<number> {
  try {
    const args = parse(argv);
    if (args.help) {
      await write(stdout, `${usage}\n`);
      return exitCodes.match;
    }
    if (args.batch) return await runBatch(stdin, stdout, stderr, args.locale, args.limit);
    if (args.positionals.length === 0 && stdin.isTTY) throw new UsageError("no QUERY and nothing on stdin");
    const query = args.positionals.length > 0 ? args.positionals.join(" ") : await readText(stdin, limits.chars);
    const response = lookUp(query, args.locale, args.limit);
    if (args.json) {
      await write(stdout, `${JSON.stringify(toLookupJson(args.locale, response), null, 2)}\n`);
    } else {
      const { searchUi, entry } = getDictionary(args.locale);
      const { outlines } = searchModule();
      const text = toLookupText(
        response,
        (id) => outlines.get(`${args.locale}/${id}`) ?? { steps: [], causes: [] },
        {
          noMatch: [searchUi.noMatch, searchUi.noMatchHelp].join(args.locale === "zh-TW" ? "。" : ". "),
          others: searchUi.otherMatches,
          related: searchUi.related,
          code: searchUi.detectedCode,
          or: entry.or,
          causes: entry.causes.heading,
          otherProduct: searchUi.otherProduct,
          otherWorkload: searchUi.otherWorkload,
          otherWorkloadMany: searchUi.otherWorkloadMany,
          listSeparator: searchUi.listSeparator,
        },
        args.locale,
      );
      await write(stdout, `${text}\n`);
    }
    return response.hits.length > 0 ? exitCodes.match : exitCodes.noMatch;
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`${error.message}\n${usage}\n`);
      return exitCodes.usage;
    }
    stderr.write(`lookup: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return exitCodes.internal;
  }
}
