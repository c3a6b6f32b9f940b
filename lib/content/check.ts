import { locales } from "../i18n";
import type { Reference } from "../article/reference";
import type { Article } from "../article/parse";
import { zhProblems, type EditorialFiles } from "./check-zh";
import { ContentError, type Entry } from "./entries";
import { stepShape } from "./mdx-tree";

type Problem = ContentError["problems"][number];

const sourceKey = (s: Entry["source"]) => (s.row ? `${s.section} row ${s.row}` : s.section);

/**
 * Checks the collection as a whole: unique ids, both languages for every entry with the same
 * steps, every row and section of the article present, English messages verbatim from the
 * reference, related links that resolve, and the zh-TW editorial layer (check-zh.ts). Throws one ContentError naming every bad file.
 */
export function checkCollection(entries: Entry[], article: Article, reference: Reference, editorial: EditorialFiles): void {
  const problems: Problem[] = zhProblems(entries, editorial);
  const byLocale = new Map(locales.map((l) => [l, new Map<string, Entry>()]));
  for (const entry of entries) {
    const map = byLocale.get(entry.locale)!;
    const clash = map.get(entry.id);
    if (clash) problems.push({ file: entry.file, message: `id "${entry.id}" is also used by ${clash.file}` });
    map.set(entry.id, entry);
  }

  for (const entry of entries) {
    for (const locale of locales) {
      if (locale === entry.locale) continue;
      const twin = byLocale.get(locale)!.get(entry.id);
      const expected = `content/${locale}/${entry.category}/${entry.id}.mdx`;
      if (!twin) {
        if (entry.locale === locales[0]) problems.push({ file: expected, message: `missing: translation of ${entry.file}` });
        else problems.push({ file: entry.file, message: `has no ${locale} original (${expected})` });
        continue;
      }
      if (entry.locale !== locales[0]) continue; // compare each pair once
      if (twin.category !== entry.category || sourceKey(twin.source) !== sourceKey(entry.source)) {
        problems.push({ file: twin.file, message: `category/source differ from ${entry.file}` });
      }
      if (twin.codes.join() !== entry.codes.join()) problems.push({ file: twin.file, message: `codes differ from ${entry.file}` });
      if (twin.related.join() !== entry.related.join()) problems.push({ file: twin.file, message: `related differ from ${entry.file}` });
      if (twin.errors.length !== entry.errors.length) problems.push({ file: twin.file, message: `has ${twin.errors.length} error message(s), ${entry.file} has ${entry.errors.length}` });
      const [a, b] = [stepShape(entry.steps), stepShape(twin.steps)];
      if (a !== b) problems.push({ file: twin.file, message: `steps [${b}] do not match ${entry.file} [${a}]; step links must mean the same step in both languages` });
      const [causes, twinCauses] = [entry.causes, twin.causes].map((c) => c.map((x) => (x.remedy ? "cause+remedy" : "cause")).join());
      if (causes !== twinCauses) problems.push({ file: twin.file, message: `causes [${twinCauses}] do not match ${entry.file} [${causes}]` });
    }
    for (const id of entry.related) {
      if (!byLocale.get(entry.locale)!.has(id)) problems.push({ file: entry.file, message: `related id "${id}" does not exist` });
    }
  }

  for (const locale of locales) {
    const covered = new Set([...byLocale.get(locale)!.values()].map((e) => sourceKey(e.source)));
    const sources = [
      ...[...article.tables.values()].flat().map((r) => ({ section: r.section, row: r.row })),
      ...article.prose.map((s) => ({ section: s.anchor })),
    ];
    for (const source of sources) {
      if (!covered.has(sourceKey(source))) problems.push({ file: `content/${locale}`, message: `no entry covers the article's ${sourceKey(source)}` });
    }
  }

  for (const entry of byLocale.get("en")!.values()) {
    const ref = reference.rows.find((r) => r.section === entry.source.section && r.row === entry.source.row);
    if (ref && ref.en.join("\n") !== entry.errors.join("\n")) {
      problems.push({ file: entry.file, message: "errors must be the reference's English messages, verbatim" });
    }
    if (ref && ref.codes.join() !== entry.codes.join()) problems.push({ file: entry.file, message: "codes must match the reference" });
  }

  if (problems.length > 0) throw new ContentError(problems);
}
