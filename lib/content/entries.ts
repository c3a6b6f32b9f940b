import type matter from "gray-matter";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { locales, type Locale } from "../i18n";
import { checkMdxBody } from "./check-mdx";
import { readFrontMatter } from "./front-matter";
import { outlineCauses, outlineSections, outlineSteps, parseMdx, plainText, type CauseOutline, type SectionOutline, type StepOutline } from "./mdx-tree";
import { frontmatterSchema, type Frontmatter } from "./schema";

export interface Entry extends Frontmatter {
  locale: Locale;
  /** Path relative to the project, for error messages. */
  file: string;
  /** MDX body without frontmatter. */
  body: string;
  steps: StepOutline[];
  /** Possible causes, each with its own remedy (`<Causes>`). */
  causes: CauseOutline[];
  /** Sub-sections of a guide, so search can link to the right part. */
  sections: SectionOutline[];
  /** The body as plain text (for search). */
  text: string;
}

/** A content problem, always naming the file it is in. */
export class ContentError extends Error {
  constructor(readonly problems: { file: string; message: string }[]) {
    super(`Invalid content:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join("\n")}`);
    this.name = "ContentError";
  }
}

function mdxFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith(".mdx"))
      .map((d) => join(d.parentPath, d.name))
      .sort();
  } catch {
    return [];
  }
}

export function readEntryFile(path: string, locale: Locale, projectRoot: string): Entry {
  const file = relative(projectRoot, path).split(sep).join("/");
  const raw = readFileSync(path, "utf8");
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = readFrontMatter(raw);
  } catch (error) {
    throw new ContentError([{ file, message: `frontmatter is not valid YAML (${(error as Error).message.split("\n")[0]})` }]);
  }
  const result = frontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      file,
      message: `frontmatter ${issue.path.join(".") || "(root)"}: ${issue.message}`,
    }));
    throw new ContentError(problems);
  }
  const data = result.data;
  const expected = `${data.category}/${data.id}.mdx`;
  if (!file.endsWith(`/${locale}/${expected}`)) {
    throw new ContentError([{ file, message: `must live at content/${locale}/${expected} (its category and id)` }]);
  }
  let tree;
  try {
    tree = parseMdx(parsed.content);
  } catch (error) {
    throw new ContentError([{ file, message: `MDX does not parse: ${(error as Error).message}` }]);
  }
  const unsafe = checkMdxBody(tree, file, raw.slice(0, raw.length - parsed.content.length).split("\n").length);
  if (unsafe.length > 0) throw new ContentError(unsafe);
  return { ...data, locale, file, body: parsed.content, steps: outlineSteps(tree), causes: outlineCauses(tree), sections: outlineSections(tree), text: plainText(tree) };
}

/** Every MDX file under content/<locale>/, parsed and schema-checked; all problems reported together. */
export function readEntries(contentRoot: string, projectRoot: string): Entry[] {
  const entries: Entry[] = [];
  const problems: ContentError["problems"] = [];
  for (const locale of locales) {
    for (const path of mdxFiles(join(contentRoot, locale))) {
      try {
        entries.push(readEntryFile(path, locale, projectRoot));
      } catch (error) {
        if (error instanceof ContentError) problems.push(...error.problems);
        else throw error;
      }
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
