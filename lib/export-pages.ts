import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every HTML page of the static export, as [site path, file]. */
export function exportPages(outDir: string): [string, string][] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".html") && !relative(outDir, d.parentPath).startsWith("_"))
    .map((d) => {
      const file = join(d.parentPath, d.name);
      const path =
        "/" +
        relative(outDir, file)
          .split(sep)
          .join("/")
          .replace(/(index)?\.html$/, "");
      return [path.replace(/\/$/, "") || "/", file] as [string, string];
    })
    .filter(([path]) => !path.startsWith("/_not-found"))
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The route a page was generated from, for grouping reports. */
export function routeOf(path: string): string {
  const parts = path.split("/").filter(Boolean);
  if (parts.length === 0) return "/";
  const [, second, third] = parts;
  if (parts.length === 1) return parts[0] === "404" ? "/404" : "/[locale]";
  if (second === "search" || second === "404" || (second === "codes" && !third)) return `/[locale]/${second}`;
  if (second === "codes") return "/[locale]/codes/[code]";
  return parts.length === 2 ? "/[locale]/[category]" : "/[locale]/[category]/[id]";
}
