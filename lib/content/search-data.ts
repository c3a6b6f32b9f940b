import { join, relative } from "node:path";
import { z } from "zod";
import { locales } from "../i18n";
import { readBrowse, type BrowseData } from "./browse";
import { ContentError, type Entry } from "./entries";
import { contentPaths } from "./paths";
import { readContentJson } from "./read-json";

const bilingual = z.object({ en: z.string().min(1), "zh-TW": z.string().min(1) });
const bilingualList = z.object({ en: z.array(z.string().min(1)), "zh-TW": z.array(z.string().min(1)) });
const codeName = z.string().regex(/^[A-Za-z0-9]{3,}$/, "letters and digits only");

export const catalogueCodeSchema = z.object({
  code: codeName.describe("the code as the service prints it"),
  variants: z.array(codeName).default([]).describe("other spellings printed for the same condition (…V2, older names); case need not be listed"),
  operation: z.enum(["backup", "restore", "job", "any"]),
  fix: z.array(z.string()).describe("page ids whose fix applies, best first; empty: the article has no fix"),
  reason: bilingual.describe("one line, the project's own words: why those pages apply, or what the failure is"),
  messages: z.array(z.string()).default([]).describe("message text printed with the code, verbatim, used only to recognise pastes"),
  seen: z.array(z.string().url()).min(1).describe("public pages where the code was seen"),
  official: z.string().url().optional().describe("the official troubleshooting section for the code, without a locale segment"),
});
export type CatalogueCode = z.infer<typeof catalogueCodeSchema>;

/** A code or message of a product the portal does not cover: it is recognised only to say so. */
const otherWorkloadSchema = z
  .object({
    code: codeName
      .regex(/[A-Za-z]/, "needs a letter: a number alone is too common in pastes to be told apart")
      .optional()
      .describe("the code as that product prints it; absent when only the message is known"),
    workload: z.string().min(1).describe("id of the product in content/search/out-of-scope.json"),
    messages: z.array(z.string().min(1)).default([]).describe("message text that product prints, verbatim but for placeholders"),
    seen: z.array(z.string().url()).min(1).describe("public pages where it was seen"),
  })
  .refine((o) => o.code || o.messages.length > 0, "needs a code or a message");

/** The placeholder for what varies in a log line (a path, an id, a number). */
export const logLinePlaceholder = "{…}";

/** A line the guest agent or the backup extension logs when a backup fails, and the page whose fix applies. */
const logLineSchema = z.object({
  text: z
    .string()
    .refine((t) => t === t.trim(), "has spaces at an end")
    .refine((t) => !/\{\s*(\.\.\.|…)?\s*\}/.test(t.replaceAll(logLinePlaceholder, "")), "writes a placeholder other than {…}")
    .refine((t) => t.replaceAll(logLinePlaceholder, "").replace(/\s/g, "").length >= 12, "needs at least 12 characters besides {…} and spaces")
    .describe("the line as logged, without timestamp or level; what varies is written {…}"),
  entry: z.string().describe("id of the page whose fix applies"),
  seen: z
    .array(z.string().regex(/^https?:\/\/\S+$/, "must be a public web address (http or https)"))
    .min(1)
    .describe("public pages where the line was seen"),
});
export type LogLine = z.infer<typeof logLineSchema>;

/** How people describe each page, written by the project: symptoms, questions, status words, Taiwan usage. */
const phrasesSchema = z.record(z.string(), bilingualList);

/** Other workloads and products that near-miss pastes come from: their name, their own troubleshooting, and the words people use for them. */
const outOfScopeSchema = z.array(
  z.object({
    id: z.string().min(1),
    name: bilingual.describe("what the product is called, as the no-fix message names it"),
    official: z.string().url().optional().describe("Microsoft's troubleshooting page for it, without a locale segment"),
    terms: bilingualList.describe("words and short phrases people use for it, the project's own"),
  }),
);

export interface SearchData {
  codes: CatalogueCode[];
  /** The entries whose fix applies to one operating system only (content/browse.json). */
  os: BrowseData["os"];
  otherWorkloads: z.infer<typeof otherWorkloadSchema>[];
  phrases: z.infer<typeof phrasesSchema>;
  logLines: LogLine[];
  outOfScope: z.infer<typeof outOfScopeSchema>;
}

export const searchDataPaths = {
  codes: join(contentPaths.root, "codes", "catalogue.json"),
  otherWorkloads: join(contentPaths.root, "codes", "other-workloads.json"),
  phrases: join(contentPaths.root, "search", "phrases.json"),
  logLines: join(contentPaths.root, "search", "log-lines.json"),
  outOfScope: join(contentPaths.root, "search", "out-of-scope.json"),
  browse: contentPaths.browse,
};

/** Reads the code catalogue and the search phrases, checking them against the entries (problems name the file). */
export function loadSearchData(entries: Entry[], paths = searchDataPaths, projectRoot = process.cwd()): SearchData {
  const data: SearchData = {
    codes: readContentJson(paths.codes, z.array(catalogueCodeSchema), projectRoot),
    otherWorkloads: readContentJson(paths.otherWorkloads, z.array(otherWorkloadSchema), projectRoot),
    phrases: readContentJson(paths.phrases, phrasesSchema, projectRoot),
    logLines: readContentJson(paths.logLines, z.array(logLineSchema), projectRoot),
    outOfScope: readContentJson(paths.outOfScope, outOfScopeSchema, projectRoot),
    os: readBrowse(paths.browse, projectRoot).os,
  };
  const ids = new Set(entries.map((e) => e.id));
  const problems: { file: string; message: string }[] = [];
  const codesFile = relative(projectRoot, paths.codes);
  const seen = new Map<string, string>();
  for (const code of data.codes) {
    for (const name of [code.code, ...code.variants]) {
      const key = name.toLowerCase();
      if (seen.has(key)) problems.push({ file: codesFile, message: `${name} is listed twice (${seen.get(key)} and ${code.code})` });
      seen.set(key, code.code);
    }
    for (const id of code.fix) if (!ids.has(id)) problems.push({ file: codesFile, message: `${code.code}: fix "${id}" is not a page id` });
    if (code.fix.length === 0 && !code.official) problems.push({ file: codesFile, message: `${code.code}: a code without a fix needs "official"` });
  }
  for (const entry of entries) {
    for (const code of entry.codes) {
      if (!seen.has(code.toLowerCase())) problems.push({ file: codesFile, message: `${code} (in ${entry.file}) is missing from the catalogue` });
    }
  }
  const otherFile = relative(projectRoot, paths.otherWorkloads);
  const productsFile = relative(projectRoot, paths.outOfScope);
  const products = new Set<string>();
  for (const { id } of data.outOfScope) {
    if (products.has(id)) problems.push({ file: productsFile, message: `"${id}" is listed twice` });
    products.add(id);
  }
  const otherCodes = new Set<string>();
  for (const other of data.otherWorkloads) {
    const what = other.code ?? `"${other.messages[0]}"`;
    if (!products.has(other.workload)) problems.push({ file: otherFile, message: `${what}: workload "${other.workload}" is not an id of ${productsFile}` });
    const key = other.code?.toLowerCase();
    if (!key) continue;
    if (seen.has(key)) problems.push({ file: otherFile, message: `${other.code} is also in the catalogue (${seen.get(key)})` });
    if (otherCodes.has(key)) problems.push({ file: otherFile, message: `${other.code} is listed twice` });
    otherCodes.add(key);
  }
  const phrasesFile = relative(projectRoot, paths.phrases);
  for (const id of Object.keys(data.phrases)) if (!ids.has(id)) problems.push({ file: phrasesFile, message: `"${id}" is not a page id` });
  for (const id of ids) {
    for (const locale of locales) {
      if (!data.phrases[id]?.[locale]?.length) problems.push({ file: phrasesFile, message: `"${id}" has no ${locale} phrases` });
    }
  }
  const linesFile = relative(projectRoot, paths.logLines);
  const lines = new Set<string>();
  for (const { text, entry } of data.logLines) {
    if (!ids.has(entry)) problems.push({ file: linesFile, message: `"${text}": entry "${entry}" is not a page id` });
    if (lines.has(text)) problems.push({ file: linesFile, message: `"${text}" is listed twice` });
    lines.add(text);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return data;
}
