import { expect, test, waitForHydration } from "./test";

test.describe("home", () => {
  for (const [locale, heading, backup] of [
    ["zh-TW", "Azure VM 備份疑難排解", "備份錯誤"],
    ["en", "Azure VM Backup Troubleshooter", "Backup errors"],
  ] as const) {
    test(`${locale} home has the paste box, category counts and guides`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("textbox")).toBeVisible();
      const browse = page.getByRole("region", { name: locale === "en" ? "Browse by category" : "依類別瀏覽" });
      await expect(browse.getByRole("link")).toHaveCount(3);
      await expect(browse.getByRole("link", { name: new RegExp(backup) })).toContainText("21");
      await expect(page.getByRole("region", { name: locale === "en" ? "Guides" : "指南" }).getByRole("link")).toHaveCount(4);
    });
  }
});

test("a category lists every entry with its message and summary", async ({ page }) => {
  await page.goto("/en/restore");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Restore errors");
  const items = page.locator("main ul > li");
  await expect(items).toHaveCount(11);
  await expect(items.first()).toContainText("Restore failed with Cloud Internal error");
});

test("a fix page shows the message, the codes, and numbered steps with the command", async ({ page }) => {
  await page.goto("/en/backup/fs-freeze-failed");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Failed to freeze");
  await expect(
    page.getByText("Failed to freeze one or more mount-points of the VM to take a file-system consistent snapshot"),
  ).toBeVisible();
  await expect(page.getByText("UserErrorFsFreezeFailed")).toBeVisible();
  const steps = page.getByRole("region", { name: "How to fix" }).locator("li.step");
  await expect(steps).toHaveCount(4);
  await expect(page.locator("#step-1 pre")).toHaveText('tune2fs -l /dev/sdb1 | grep "Filesystem state"');
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText("Backup errors");
});

test("alternatives read as alternatives", async ({ page }) => {
  await page.goto("/zh-TW/backup/vm-no-longer-exists");
  await expect(page.locator("#step-1 li.option").nth(1)).toContainText("或");
  await expect(page.getByRole("group", { name: "請擇一執行" })).toBeVisible();
});

test("the language switch lands on the same entry", async ({ page }) => {
  await page.goto("/zh-TW/backup/vss-writers-bad-state");
  await page
    .getByRole("banner")
    .getByRole("link", { name: /English/ })
    .click();
  await expect(page).toHaveURL(/\/en\/backup\/vss-writers-bad-state$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("VSS writers");
});

test("guides render with their sub-section anchors", async ({ page }) => {
  await page.goto("/zh-TW/guides/vm-agent#validating-vm-agent-installation");
  await expect(page.locator("#validating-vm-agent-installation")).toHaveText("驗證 VM 代理程式安裝");
  await expect(page.locator("li.step")).toHaveCount(2);
});

test.describe("404", () => {
  test("unknown entry under a locale gets that locale's 404 with a search box", async ({ page }) => {
    const response = await page.goto("/en/backup/no-such-entry");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("search")).toBeVisible();
  });
  test("unknown locale gets the bilingual 404", async ({ page }) => {
    const response = await page.goto("/fr/backup");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("找不到頁面")).toBeVisible();
    await expect(page.getByText("Page not found")).toBeVisible();
  });
});

test.describe("/", () => {
  test("goes to zh-TW for a Chinese browser", async ({ browser }) => {
    const context = await browser.newContext({ locale: "zh-TW" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh-TW$/);
    await context.close();
  });
  test("goes to en for another browser, and remembers an explicit choice", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await waitForHydration(page);
    await page
      .getByRole("banner")
      .getByRole("link", { name: /繁體中文/ })
      .click();
    await expect(page).toHaveURL(/\/zh-TW$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh-TW$/);
    await context.close();
  });
  test("shows plain links to both languages without scripts", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en");
    await expect(page.getByRole("link", { name: "繁體中文" })).toHaveAttribute("href", "/zh-TW");
    await context.close();
  });
});
