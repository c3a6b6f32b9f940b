/** npm run check:links: every internal link and #anchor of the exported site resolves, in both locales. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { exportPages } from "../lib/export-pages";
import { siteUrl } from "../lib/site";
import { candidateFiles } from "../lib/static-files";

const outDir = join(process.cwd(), "out");

interface Page {
  ids: Set<string>;
  links: string[];
}

const pages = new Map<string, Page>();
for (const [path, file] of exportPages(outDir)) {
  const page: Page = { ids: new Set(), links: [] };
  visit(fromHtml(readFileSync(file, "utf8")), "element", (node: Element) => {
    if (typeof node.properties.id === "string") page.ids.add(node.properties.id);
    const href = node.properties.href;
    if (typeof href === "string" && (node.tagName === "a" || node.tagName === "link")) page.links.push(href);
  });
  pages.set(path, page);
}

function resolve(path: string): string | undefined {
  return candidateFiles(path)?.find((candidate) => {
    const file = join(outDir, candidate);
    return existsSync(file) && statSync(file).isFile();
  });
}

const broken: string[] = [];
let checked = 0;
for (const [from, page] of pages) {
  for (const raw of page.links) {
    const href = raw.startsWith(siteUrl) ? raw.slice(siteUrl.length) || "/" : raw;
    if (!href.startsWith("/") && !href.startsWith("#")) continue; // external
    checked++;
    const url = new URL(href, `http://site${from}`);
    const target = href.startsWith("#") ? from : url.pathname;
    if (!href.startsWith("#") && !resolve(url.pathname)) {
      broken.push(`${from}: ${raw} → no such page`);
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && !pages.get(target.replace(/\/$/, "") || "/")?.ids.has(anchor))
      broken.push(`${from}: ${raw} → no #${anchor} on ${target}`);
  }
}

console.log(`${pages.size} pages, ${checked} internal links and anchors checked, ${broken.length} broken`);
if (broken.length > 0) {
  console.error(broken.join("\n"));
  process.exit(1);
}
