import { isLocale } from "./i18n";

/**
 * How a static host maps a request path to a file of the export: the file itself, `path.html`,
 * or `path/index.html`. Returns undefined for paths that cannot be a file (bad encoding, `..`).
 */
export function candidateFiles(urlPath: string): string[] | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined; // malformed percent-encoding
  }
  if (path.includes("\0") || path.split("/").some((part) => part === "..")) return undefined;
  const clean = path.replace(/\/+$/, "") || "/";
  if (clean === "/") return ["/index.html"];
  return [clean, `${clean}.html`, `${clean}/index.html`];
}

/** The localized 404 page for a path under a locale, the bilingual one otherwise. */
export function notFoundFile(urlPath: string): string {
  const first = urlPath.split("/")[1];
  return isLocale(first) ? `/${first}/404.html` : "/404.html";
}
