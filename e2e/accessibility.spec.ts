import AxeBuilder from "@axe-core/playwright";
import { expect, hydrating, test } from "./test";

const pages = (locale: "en" | "zh-TW") => ({
  home: `/${locale}`,
  "search with results": `/${locale}/search?q=${encodeURIComponent("Snapshot operation failed due to VSS Writers in bad state")}`,
  "search with no match": `/${locale}/search?q=${encodeURIComponent("npm ERR! code ERESOLVE")}`,
  category: `/${locale}/backup`,
  "fix page": `/${locale}/backup/config-parsing-failure`,
  "fix page with causes": `/${locale}/backup/backup-internal-error`,
  "fix page with alternatives": `/${locale}/backup/vm-no-longer-exists`,
  guide: `/${locale}/guides/networking`,
  "code chooser": `/${locale}/codes/ExtensionInstallationFailedMDTC`,
  "404": `/${locale}/no-such-page`,
});

for (const scheme of ["light", "dark"] as const) {
  for (const locale of ["en", "zh-TW"] as const) {
    for (const [name, path] of Object.entries(pages(locale))) {
      test(`axe: ${name} (${locale}, ${scheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme: scheme });
        const page = hydrating(await context.newPage());
        await page.goto(path);
        if (path.includes("/search?")) await expect(page.getByRole("status").first()).not.toBeEmpty();
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(" | ")}`,
        );
        expect(summary).toEqual([]);
        await context.close();
      });
    }
  }
}

test.describe("without scripts", () => {
  test.use({ waitForHydration: false });
  test("the root 404 and the language chooser pass axe too", async ({ page }) => {
    // Without its scripts "/" stays put (it would forward to a locale) and shows both languages.
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    for (const path of ["/", "/nowhere"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "best-practice"]).analyze();
      expect(
        results.violations.map((v) => v.id),
        path,
      ).toEqual([]);
    }
  });
});

test("keyboard users see where focus is and can skip to the content", async ({ page }) => {
  await page.goto("/en/backup/fs-freeze-failed");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
