import { readFileSync } from "node:fs";
import { parseCorrections, parseGlossary, type Correction, type Glossary } from "../article/editorial";
import { parseReference, type Reference } from "../article/reference";
import { contentPaths } from "./paths";

export interface ArticleFiles {
  markdown: string;
  reference: Reference;
  editorial: { glossary: Glossary; corrections: Correction[] };
}

/** content/article: the article, the English reference and the zh-TW editorial layer. */
export function readArticleFiles(paths = contentPaths): ArticleFiles {
  const read = (path: string) => readFileSync(path, "utf8");
  return {
    markdown: read(paths.article),
    reference: parseReference(read(paths.reference)),
    editorial: { glossary: parseGlossary(read(paths.glossary)), corrections: parseCorrections(read(paths.corrections)) },
  };
}
