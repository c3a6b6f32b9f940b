/**
 * Next.js puts its framework chunks in <head> as `<script async>` (and a low-priority preload),
 * so on a fast connection they download and hydrate before the first frame and the page's first
 * paint waits for them. This moves them behind one inline loader that starts them after the
 * first frame is painted: the server-rendered page paints first, then hydrates. In a hidden tab,
 * where frames never run, the loader starts them at once.
 */
const asyncScript = /<script src="([^"<>]+)" async=""><\/script>/g;
const scriptPreload = /<link rel="preload" as="script" fetchPriority="low" href="([^"<>]+)"\/>/g;

const loader = (scripts: string[], preloads: string[]) =>
  `(function(s,p){function go(){s.forEach(function(h){var e=document.createElement("script");e.src=h;e.async=true;document.head.appendChild(e)});` +
  `p.forEach(function(h){var l=document.createElement("link");l.rel="preload";l.as="script";l.fetchPriority="low";l.href=h;document.head.appendChild(l)})}` +
  `if(document.visibilityState==="hidden")go();else requestAnimationFrame(function(){requestAnimationFrame(go)})})` +
  `(${JSON.stringify(scripts)},${JSON.stringify(preloads)})`;

/** The page with its async framework scripts started after first paint; throws when a page has none (Next's markup changed). */
export function withScriptsAfterPaint(html: string): string {
  const scripts = [...html.matchAll(asyncScript)].map((m) => m[1]);
  if (scripts.length === 0) throw new Error("page has no async framework scripts to start after paint");
  const preloads = [...html.matchAll(scriptPreload)].map((m) => m[1]);
  const rest = html.replace(asyncScript, "").replace(scriptPreload, "");
  const end = rest.lastIndexOf("</body>");
  if (end < 0) throw new Error("page has no </body>");
  return `${rest.slice(0, end)}<script>${loader(scripts, preloads)}</script>${rest.slice(end)}`;
}

const loaderCall = /\}\)\((\[[^\]<]*\]),(\[[^\]<]*\])\)<\/script>/;

/** The scripts and preloads a page's loader starts after paint (the page's first-load JS, for `npm run size`). */
export function scriptsStartedAfterPaint(html: string): string[] {
  const call = loaderCall.exec(html);
  return call ? [...JSON.parse(call[1]), ...JSON.parse(call[2])] : [];
}
