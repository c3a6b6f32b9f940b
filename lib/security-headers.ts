/**
 * Response headers for every response, wherever the export is served: the local server and nginx
 * send them, and the static host's config is checked against them.
 *
 * Scripts are governed per page: the build hashes each page's inline scripts (Next's bootstrap
 * and the theme script) into a `<meta>` policy (`pagePolicy`), so an inline script that was not
 * in the built page never runs and no policy allows 'unsafe-inline' for scripts. A static export
 * cannot use nonces, and one header cannot list every page's hashes, so the header leaves
 * `default-src`/`script-src` to the page and carries the rest, including what a `<meta>` policy
 * cannot (`frame-ancestors`).
 */
const sharedDirectives = [
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const contentSecurityPolicy = [...sharedDirectives, "frame-ancestors 'none'"].join("; ");

/** The policy a page's `<meta http-equiv="Content-Security-Policy">` carries: its own inline scripts by hash. */
export function pagePolicy(scriptHashes: string[]): string {
  const hashes = [...new Set(scriptHashes)]
    .sort()
    .map((h) => ` 'sha256-${h}'`)
    .join("");
  return ["default-src 'self'", `script-src 'self'${hashes}`, ...sharedDirectives].join("; ");
}

export const securityHeaders: Record<string, string> = {
  "Content-Security-Policy": contentSecurityPolicy,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};
