import { test as base, type Page } from "@playwright/test";

export { expect, type Page } from "@playwright/test";

/**
 * Pages start their scripts after the first paint (lib/scripts-after-paint.ts), so when `goto`
 * returns, a checkbox or a button may still be plain HTML. This waits until the page says it has
 * hydrated (`<html data-hydrated>`, components/hydration-mark.tsx); a page that is not a Next.js
 * page (robots.txt) has nothing to wait for.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page
    .waitForFunction(() => !("__next_f" in self) || document.documentElement.hasAttribute("data-hydrated"), undefined, { timeout: 10_000 })
    .catch(() => {
      throw new Error(`${page.url()} did not hydrate within 10 s`);
    });
}

/** The page, with `goto`, `reload` and `goBack` that also wait for hydration. */
export function hydrating(page: Page): Page {
  for (const name of ["goto", "reload", "goBack"] as const) {
    const navigate = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page["reload"]>;
    (page as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      const response = await navigate(...args);
      await waitForHydration(page);
      return response;
    };
  }
  return page;
}

/**
 * The `page` of every test is `hydrating`. Tests of what works without the scripts, which block
 * them, set `waitForHydration: false`; a page a test opens in a context of its own is wrapped with
 * `hydrating` by the test.
 */
export const test = base.extend<{ waitForHydration: boolean }>({
  waitForHydration: [true, { option: true }],
  page: async ({ page, waitForHydration: wait }, provide) => {
    await provide(wait ? hydrating(page) : page);
  },
});
