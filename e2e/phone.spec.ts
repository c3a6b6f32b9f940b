import { expect, test, type Page } from "./test";

/** One page of every type, in both locales; the long-code and long-path pages that used to scroll sideways. */
const pageTypes = (locale: "en" | "zh-TW") => [
  `/${locale}`,
  `/${locale}/search?q=${encodeURIComponent("Snapshot operation failed due to VSS Writers in bad state")}`,
  `/${locale}/search?q=${encodeURIComponent("npm ERR! code ERESOLVE")}`,
  ...["backup", "jobs", "restore", "guides"].map((c) => `/${locale}/${c}`),
  `/${locale}/backup/fs-freeze-failed`,
  `/${locale}/backup/config-parsing-failure`,
  `/${locale}/backup/secure-channel-failure`,
  `/${locale}/restore/cloud-internal-error`,
  `/${locale}/guides/vm-agent`,
  `/${locale}/codes`,
  `/${locale}/codes/ExtensionInstallationFailedMDTC`,
  `/${locale}/codes/CopyingVHDsFromBackUpVaultTakingLongTime`,
  `/${locale}/no-such-page`,
];

const phone = { width: 390, height: 844 };

test("no page scrolls sideways at 360 px, in either locale", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const wide: string[] = [];
  // "/" forwards with scripts on: it is checked without them below.
  for (const path of [...pageTypes("en"), ...pageTypes("zh-TW"), "/nowhere"]) {
    await page.goto(path);
    if (path.includes("/search?")) await expect(page.getByRole("status").first()).not.toBeEmpty();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`${path}: ${width} px`);
  }
  expect(wide).toEqual([]);
});

/** Everything a finger can hit, with the box that receives the tap. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>("a[href], button, input, textarea, summary");
    for (const el of controls) {
      if (el.closest(".sr-only") || el.classList.contains("sr-only") || !el.checkVisibility()) continue;
      // Links inside running text (a sentence of a step, the footer's credit) are exempt (WCAG 2.5.5 "inline").
      if (el.matches("p a, li > a:not([class]), p a + button, code + button") && !el.closest("nav, header")) continue;
      // A checkbox is hit through its label; a stretched card link through its card.
      let box: HTMLElement = el;
      if (el instanceof HTMLInputElement && el.type === "checkbox") box = el.closest("label") ?? el;
      else if (getComputedStyle(el, "::after").position === "absolute") box = (el.offsetParent as HTMLElement) ?? el;
      const { width, height } = box.getBoundingClientRect();
      if (width < 43.5 || height < 43.5)
        small.push(
          `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}" ${Math.round(width)}×${Math.round(height)}`,
        );
    }
    return small;
  });
}

test("targets are at least 44×44 px on a phone, and text inputs do not make iOS zoom", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(phone);
  for (const path of [
    "/en",
    "/zh-TW/backup",
    "/en/backup/fs-freeze-failed",
    "/zh-TW/restore/cloud-internal-error",
    "/en/codes",
    "/en/search?q=cancel%20job",
  ]) {
    await page.goto(path);
    if (path.includes("?q=")) await expect(page.getByRole("list", { name: "Results" })).toBeVisible();
    expect(await smallTargets(page), path).toEqual([]);
    for (const input of await page.locator("textarea, input[type=search]").all()) {
      expect(await input.evaluate((el) => getComputedStyle(el).fontSize), path).toBe("16px");
    }
  }
});

test("the phone's first screen: a one-row header and the search box above the fold", async ({ page }) => {
  await page.setViewportSize(phone);
  for (const locale of ["en", "zh-TW"]) {
    await page.goto(`/${locale}`);
    const header = await page.getByRole("banner").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(60);
    const box = await page.getByRole("textbox").boundingBox();
    expect(box!.y + box!.height).toBeLessThan(phone.height / 2);
  }
  // The sections are one tap away in the menu.
  await page.getByRole("banner").locator("summary").click();
  await page.getByRole("navigation", { name: "主要導覽" }).getByRole("link", { name: "還原錯誤" }).click();
  await expect(page).toHaveURL(/\/zh-TW\/restore$/);
});

test("after a paste on a phone, the best match is scrolled into view", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize(phone);
  await page.goto("/en");
  const paste =
    "Backup job failed\nError Code: UserErrorFsFreezeFailed\nError Message: Failed to freeze one or more mount-points of the VM to take a file-system consistent snapshot";
  await page.evaluate((text) => navigator.clipboard.writeText(text), paste);
  await page.getByLabel("Paste your error message").focus();
  await page.keyboard.press("ControlOrMeta+V");
  const best = page.locator("[data-best]");
  await expect(best).toContainText("Failed to freeze");
  await expect(best).toBeInViewport({ ratio: 1 });
});

test("Ctrl+Enter in the search box opens the best match", async ({ page }) => {
  await page.goto("/en/search");
  const box = page.getByLabel("Paste your error message");
  await box.fill("vss writer bad state");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toBeVisible();
  await box.press("Control+Enter");
  await expect(page).toHaveURL(/\/en\/backup\/vss-writers-bad-state$/);
});

test("checklist ticks carry over the language switch", async ({ page }) => {
  await page.goto("/en/backup/fs-freeze-failed");
  await page.getByRole("checkbox", { name: "Step 1 done" }).check();
  await page.getByRole("checkbox", { name: "Step 3 done" }).check();
  await page
    .getByRole("banner")
    .getByRole("link", { name: /繁體中文/ })
    .click();
  await expect(page).toHaveURL(/\/zh-TW\/backup\/fs-freeze-failed$/);
  await expect(page.getByRole("checkbox", { name: "步驟 1 已完成" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "步驟 2 已完成" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "步驟 3 已完成" })).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "2" }).first()).toBeVisible();
});

/** The body's background as sRGB bytes, whatever colour syntax the CSS computes to (oklch, light-dark). */
const bodyBackground = (page: Page) =>
  page.locator("body").evaluate((el) => {
    const context = document.createElement("canvas").getContext("2d")!;
    context.fillStyle = getComputedStyle(el).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });

test("the language chooser and the root 404 are dark in a dark system, without scripts", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark", javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const path of ["/", "/nowhere", "/en/nowhere", "/zh-TW"]) {
    await page.goto(path);
    const [r, g, b] = await bodyBackground(page);
    expect(r + g + b, path).toBeLessThan(120);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
  await page.goto("/nowhere");
  await expect(page.getByRole("search")).toHaveCount(1); // one search form on the bilingual 404
  await context.close();
});

test.describe("browse", () => {
  test("a category is grouped by what failed, with codes and OS tags, and a filter", async ({ page }) => {
    await page.goto("/en/backup");
    const deleted = page.getByRole("region", { name: /VM deleted or missing/ });
    await expect(deleted.getByRole("listitem")).toHaveCount(3);
    await expect(deleted).toContainText("320001");
    await expect(page.getByRole("listitem").filter({ hasText: "UserErrorFsFreezeFailed" })).toContainText("Linux");
    const filter = page.getByLabel("Filter this list");
    await filter.fill("linux");
    // The Linux-only fs-freeze entry, and the VM-state entry whose fix names the Linux agent.
    await expect(page.locator("li[data-filter]:visible")).toHaveCount(2);
    await expect(page.locator("li[data-filter]:visible").filter({ hasText: "UserErrorFsFreezeFailed" })).toBeVisible();
    await expect(page.getByRole("region", { name: /VM deleted or missing/ })).toBeHidden();
    await filter.fill("400094");
    await expect(page.locator("li[data-filter]:visible")).toHaveText(/The virtual machine doesn't exist/);
    await filter.fill("");
    await expect(page.locator("li[data-filter]:visible")).toHaveCount(21);
  });
  test("the whole card is the link, and the nav marks the current section", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/en/restore");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Restore errors" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const card = page.locator("li[data-filter]").filter({ hasText: "The selected DNS name is already taken" });
    const box = (await card.boundingBox())!;
    await page.mouse.click(box.x + box.width - 10, box.y + box.height - 10);
    await expect(page).toHaveURL(/\/en\/restore\/dns-name-taken$/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Restore errors" })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });
});
