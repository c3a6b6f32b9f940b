/**
 * Debian's Chromium, as the end-to-end tests and Lighthouse launch it: Playwright's and
 * Lighthouse's own browser downloads do not work here, and without the background-networking
 * flags Chromium keeps calling hosts this machine cannot reach.
 */
export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
