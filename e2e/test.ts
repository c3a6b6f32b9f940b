import { test as base } from "@playwright/test";

export { expect, type Page } from "@playwright/test";

/**
 * Pages start their scripts after the first paint (lib/scripts-after-paint.ts), so when `goto`
 * returns, a checkbox or a button may still be plain HTML. Here `page.goto` also waits until React
 * has taken the page over: once `hydrateRoot` has attached its listeners, a click is handled
 * (React hydrates first if it must). Tests of what works without the scripts, which block them,
 * set `waitForHydration: false`.
 */
export const test = base.extend<{ waitForHydration: boolean }>({
  waitForHydration: [true, { option: true }],
  page: async ({ page, waitForHydration }, provide) => {
    if (waitForHydration) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        // Not a Next.js page (robots.txt, a 404 without scripts): nothing to wait for.
        await page.waitForFunction(() => !("__next_f" in self) || Object.keys(document).some((key) => key.startsWith("_reactListening")));
        return response;
      };
    }
    await provide(page);
  },
});
