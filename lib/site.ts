/** The public origin of the deployed site, for canonical URLs, hreflang, sitemap and OpenSearch (set SITE_URL when building for a host). */
export const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
