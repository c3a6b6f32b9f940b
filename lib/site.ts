/** The public origin of the deployed site, for canonical URLs, hreflang, sitemap and OpenSearch (set SITE_URL when building for a host). */
export const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

/**
 * The origin a production build must be given: without it every canonical, hreflang, sitemap and
 * OpenSearch URL would point at localhost. Throws a message that says what to set.
 */
export function productionSiteUrl(value: string | undefined): string {
  const example = "e.g. SITE_URL=https://backup-help.example.com npm run build:production";
  if (!value) throw new Error(`SITE_URL is required for a production build (${example})`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an absolute URL (${example})`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`SITE_URL "${value}" must be an http(s) URL (${example})`);
  return value;
}
