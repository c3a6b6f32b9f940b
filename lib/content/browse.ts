import { z } from "zod";
import { locales, type Locale } from "../i18n";
import { errorCategories, type ErrorCategory } from "./categories";
import { ContentError, type Entry } from "./entries";
import { contentPaths } from "./paths";
import { readContentJson } from "./read-json";

/**
 * content/browse.json: how category pages group entries by what failed, which entries concern one
 * operating system, and the detail that tells near-identical entries apart. A file of its own, so
 * the generated frontmatter stays the ingest's.
 */
const localized = z.object(Object.fromEntries(locales.map((l) => [l, z.string().min(1)])) as Record<Locale, z.ZodString>).strict();
export const operatingSystems = ["windows", "linux"] as const;
export type OperatingSystem = (typeof operatingSystems)[number];

const browseSchema = z
  .object({
    $comment: z.string().optional(),
    groups: z.record(
      z.enum(errorCategories),
      z.array(z.object({ id: z.string().min(1), title: localized, entries: z.array(z.string().min(1)).min(1) }).strict()),
    ),
    os: z.record(z.string(), z.enum(operatingSystems)),
    details: z.record(z.string(), localized),
  })
  .strict();

export type BrowseData = z.infer<typeof browseSchema>;

export interface BrowseItem {
  entry: Entry;
  os?: OperatingSystem;
  detail?: string;
}
export interface BrowseGroup {
  id: string;
  title: string;
  items: BrowseItem[];
}

/** Reads and validates the file; every problem names it. */
export function readBrowse(file = contentPaths.browse, projectRoot = process.cwd()): BrowseData {
  return readContentJson(file, browseSchema, projectRoot);
}

/** Every error entry in exactly one group of its own category; every id named in the file exists. */
export function checkBrowse(data: BrowseData, entries: Entry[], file = "content/browse.json"): void {
  const problems: { file: string; message: string }[] = [];
  const ids = new Map(entries.map((e) => [e.id, e]));
  const placed = new Map<string, string>();
  for (const category of errorCategories) {
    for (const group of data.groups[category] ?? []) {
      for (const id of group.entries) {
        const entry = ids.get(id);
        if (!entry) problems.push({ file, message: `groups.${category}.${group.id}: no entry "${id}"` });
        else if (entry.category !== category) problems.push({ file, message: `groups.${category}.${group.id}: "${id}" is a ${entry.category} entry` });
        if (placed.has(id)) problems.push({ file, message: `"${id}" is in both ${placed.get(id)} and ${group.id}` });
        placed.set(id, group.id);
      }
    }
  }
  for (const entry of entries) {
    if ((errorCategories as readonly string[]).includes(entry.category) && !placed.has(entry.id) && entry.locale === locales[0]) {
      problems.push({ file, message: `entry "${entry.id}" (${entry.file}) is in no group of groups.${entry.category}` });
    }
  }
  for (const id of [...Object.keys(data.os), ...Object.keys(data.details)]) {
    if (!ids.has(id)) problems.push({ file, message: `no entry "${id}"` });
  }
  if (problems.length > 0) throw new ContentError(problems);
}

/** A category's entries in their groups, in the file's order. */
export function browseGroups(data: BrowseData, category: ErrorCategory, entries: Entry[]): BrowseGroup[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (data.groups[category] ?? []).map((group) => ({
    id: group.id,
    title: group.title[entries[0]?.locale ?? locales[0]],
    items: group.entries.flatMap((id) => {
      const entry = byId.get(id);
      return entry ? [browseItem(data, entry)] : [];
    }),
  }));
}

export function browseItem(data: BrowseData, entry: Entry): BrowseItem {
  return { entry, os: data.os[entry.id], detail: data.details[entry.id]?.[entry.locale] };
}
