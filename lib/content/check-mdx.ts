import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { allowedUrlSchemes, htmlElements, mdxComponents } from "./mdx-elements";

type Problem = { file: string; message: string };

const allowed: Record<string, readonly string[]> = { ...mdxComponents, ...htmlElements };

/** The scheme of a URL as a browser reads it (it ignores whitespace and control characters in it). */
function scheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]+/g, ""))?.[1]?.toLowerCase();
}

function elementProblems(node: MdxJsxFlowElement | MdxJsxTextElement): string[] {
  const name = node.name ?? "<>";
  const attributes = allowed[name];
  if (!attributes) {
    return [/^[a-z]/.test(name) ? `raw HTML element <${name}> is not allowed (content is data: only ${Object.keys(htmlElements).join(", ")})` : `unknown component <${name}> (known: ${Object.keys(mdxComponents).join(", ")})`];
  }
  return node.attributes.flatMap((attribute) => {
    if (attribute.type === "mdxJsxExpressionAttribute") return [`<${name}>: spread/expression attribute {${attribute.value}} is not allowed`];
    if (/^on/i.test(attribute.name) || attribute.name === "dangerouslySetInnerHTML") return [`<${name}>: attribute ${attribute.name} is not allowed (it runs code)`];
    if (!attributes.includes(attribute.name)) return [`<${name}>: unknown attribute ${attribute.name}`];
    if (attribute.value !== null && typeof attribute.value === "object") return [`<${name} ${attribute.name}>: expression values are not allowed, write a plain string`];
    return [];
  });
}

/**
 * Content is data, not code: rejects, with the file and line, what would run when the page is
 * built or viewed: ESM import/export, `{expressions}`, components and attributes the site does
 * not define, raw HTML elements outside the allowlist, and javascript:/data: links.
 * `firstLine` is the file's line number of the body's first line (after the front matter).
 */
export function checkMdxBody(tree: Root, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  const at = (node: { position?: { start: { line: number } } }, message: string) =>
    problems.push({ file: `${file}:${(node.position?.start.line ?? 1) + firstLine - 1}`, message });
  visit(tree, (node) => {
    switch (node.type) {
      case "mdxjsEsm":
        return at(node, "import/export is not allowed in content");
      case "mdxFlowExpression":
      case "mdxTextExpression":
        return at(node, `expression {${node.value.trim().slice(0, 40)}} is not allowed in content`);
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        for (const message of elementProblems(node)) at(node, message);
        return;
      case "link":
      case "image":
      case "definition": {
        const s = scheme(node.url);
        if (s && !allowedUrlSchemes.includes(s)) at(node, `${s}: URLs are not allowed (${allowedUrlSchemes.join(", ")} or a site path)`);
        return;
      }
    }
  });
  return problems;
}
