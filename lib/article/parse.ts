import matter from "gray-matter";
import type { Heading, PhrasingContent, Root, RootContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export interface ArticleRow {
  section: string;
  /** 1-based within its table. */
  row: number;
  message: PhrasingContent[];
  workaround: PhrasingContent[];
}

export interface ArticleSection {
  /** The article's own anchor name (`<a name="...">`). */
  anchor: string;
  title: string;
  /** Everything below the heading up to the next heading of the same depth. */
  nodes: RootContent[];
}

export interface ArticleMeta {
  /** The article's title, without the " | Microsoft Docs" suffix of 2017. */
  title: string;
  /** `ms.date` of the article's front matter, as an ISO date (2017-04-24). */
  date: string;
}

export interface Article {
  meta: ArticleMeta;
  /** Every section heading by its anchor (table sections and guides), in the article's language. */
  headings: Map<string, string>;
  tables: Map<string, ArticleRow[]>;
  prose: ArticleSection[];
}

/** The article's front matter: title and ms.date (MM/DD/YYYY). */
export function readArticleMeta(markdown: string): ArticleMeta {
  const data = matter(markdown).data as Record<string, unknown>;
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(data["ms.date"] ?? ""));
  if (!date || typeof data.title !== "string") throw new Error("The article's front matter needs a title and ms.date (MM/DD/YYYY)");
  return { title: data.title.replace(/\s*\|\s*Microsoft Docs$/, ""), date: `${date[3]}-${date[1]}-${date[2]}` };
}

const anchorPattern = /<a\s+name="([^"]+)"\s*>/i;

/** Anchor and visible text of a heading like `## <a name="backup"></a>備份`. */
function readHeading(heading: Heading): { anchor?: string; title: string } {
  let anchor: string | undefined;
  let title = "";
  for (const child of heading.children) {
    if (child.type === "html") anchor ??= anchorPattern.exec(child.value)?.[1];
    else if (child.type === "text") title += child.value;
  }
  return { anchor, title: title.trim() };
}

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** Splits the article at its level-2 headings: tables become rows, everything else prose sections. */
export function parseArticle(markdown: string): Article {
  const tree = parseMarkdown(markdown);
  const sections: ArticleSection[] = [];
  let current: ArticleSection | undefined;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth <= 2) {
      const { anchor, title } = readHeading(node);
      current = node.depth === 2 && anchor ? { anchor, title, nodes: [] } : undefined;
      if (current) sections.push(current);
    } else {
      current?.nodes.push(node);
    }
  }

  const tables = new Map<string, ArticleRow[]>();
  const prose: ArticleSection[] = [];
  for (const section of sections) {
    const table = section.nodes.find((n): n is Table => n.type === "table");
    if (!table) {
      prose.push(section);
      continue;
    }
    const rows = table.children.slice(1).map((row, index) => {
      const [message, workaround] = row.children;
      if (!message || !workaround) throw new Error(`Article table "${section.anchor}" row ${index + 1} has fewer than two cells`);
      return { section: section.anchor, row: index + 1, message: message.children, workaround: workaround.children };
    });
    tables.set(section.anchor, rows);
  }
  return { meta: readArticleMeta(markdown), headings: new Map(sections.map((s) => [s.anchor, s.title])), tables, prose };
}
