import { createHash } from "node:crypto";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { pagePolicy } from "./security-headers";

/** SHA-256 (base64) of every inline script's exact text, as CSP hash sources match them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  visit(fromHtml(html), "element", (node) => {
    if (node.tagName === "script" && node.properties.src === undefined) {
      hashes.push(
        createHash("sha256")
          .update(node.children.map((c) => (c.type === "text" ? c.value : "")).join(""), "utf8")
          .digest("base64"),
      );
    }
  });
  return hashes;
}

const charset = /<meta charSet="utf-8"\/>|<meta charset="utf-8"\s*\/?>/i;

/** The page with its own script policy as the first thing after `<meta charset>`, before any script. */
export function withPagePolicy(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error("page already has a Content-Security-Policy meta");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(html))}"/>`;
  const match = charset.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!match) throw new Error("page has no <head>");
  const at = match.index + match[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
