/**
 * Next.js puts its framework chunks in <head> as `<script async>` (and a low-priority preload),
 * so on a fast connection they download and hydrate before the first frame and the page's first
 * paint waits for them. This moves them behind one inline loader that starts them after the
 * first frame is painted: the server-rendered page paints first, then hydrates. A link carrying a
 * search (`?q=`) waits too: its query is in the box from the first paint (lib/shared-query.ts) and
 * its results come one frame later, not a hydration later; the loader then also preloads what its
 * results need beyond the framework (the search page's engine), which a page without a search
 * leaves to its first search. It starts them at once in a hidden tab (where frames never run); if
 * frames never come (a tab hidden meanwhile, a frameless web view), the first `visibilitychange` or
 * a second's wait starts them.
 */
const asyncScript = /<script src="([^"<>&]+)" async=""><\/script>/g;
const scriptPreload = /<link rel="preload" as="script" fetchPriority="low" href="([^"<>&]+)"\/>/g;
/** What must not be left once the loader has them: any other external script (but the legacy noModule one) or script preload. */
const leftover = /<script(?![^>]*\bnoModule\b)[^>]*\bsrc=|<link[^>]*\bas="script"/i;

const loader = (scripts: string[], preloads: string[], forSearch: string[]) =>
  `(function(s,p,q){var started=false;function go(){if(started)return;started=true;` +
  `if(/[?&]q=/.test(location.search))p=p.concat(q);` +
  `s.forEach(function(h){var e=document.createElement("script");e.src=h;e.async=true;document.head.appendChild(e)});` +
  `p.forEach(function(h){var l=document.createElement("link");l.rel="preload";l.as="script";l.fetchPriority="low";l.href=h;document.head.appendChild(l)})}` +
  `if(document.visibilityState==="hidden")go();` +
  `else{requestAnimationFrame(function(){requestAnimationFrame(go)});document.addEventListener("visibilitychange",go,{once:true});setTimeout(go,1000)}})` +
  `(${JSON.stringify(scripts)},${JSON.stringify(preloads)},${JSON.stringify(forSearch)})`;

/**
 * The page with its async framework scripts started after first paint, and `forSearch` (chunks a
 * search link's results need, such as the engine) preloaded with them when the address carries a
 * search. Throws when a page has none, or when a script would still start early (Next's markup changed).
 */
export function withScriptsAfterPaint(html: string, forSearch: string[] = []): string {
  const scripts = [...html.matchAll(asyncScript)].map((m) => m[1]);
  if (scripts.length === 0) throw new Error("page has no async framework scripts to start after paint");
  // A preload of a script the loader starts anyway adds nothing.
  const preloads = [...html.matchAll(scriptPreload)].map((m) => m[1]).filter((href) => !scripts.includes(href));
  const rest = html.replace(asyncScript, "").replace(scriptPreload, "");
  const early = leftover.exec(rest);
  if (early) throw new Error(`a script would still start before paint: ${rest.slice(early.index, early.index + 120)}`);
  const end = rest.lastIndexOf("</body>");
  if (end < 0) throw new Error("page has no </body>");
  const extra = forSearch.filter((href) => !scripts.includes(href) && !preloads.includes(href));
  return `${rest.slice(0, end)}<script>${loader(scripts, preloads, extra)}</script>${rest.slice(end)}`;
}

const loaderCall = /\}\)\((\[[^\]<]*\]),(\[[^\]<]*\]),(\[[^\]<]*\])\)<\/script>/;

/**
 * What a page's loader starts after paint: `firstLoad`, its framework (the page's first-load JS,
 * for `npm run size`), and `forSearch`, what it adds for a search link.
 */
export function scriptsStartedAfterPaint(html: string): { firstLoad: string[]; forSearch: string[] } {
  const call = loaderCall.exec(html);
  if (!call) return { firstLoad: [], forSearch: [] };
  return { firstLoad: [...JSON.parse(call[1]), ...JSON.parse(call[2])], forSearch: JSON.parse(call[3]) };
}
