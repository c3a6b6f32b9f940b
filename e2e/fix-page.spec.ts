import { expect, hydrating, test } from "./test";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const clipboard = (page: import("@playwright/test").Page) => page.evaluate(() => navigator.clipboard.readText());

test("opening a step link scrolls to and highlights the step", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto("/en/backup/config-parsing-failure#step-2-2-2");
  const step = page.locator("#step-2-2-2");
  await expect(step).toBeInViewport();
  const highlighted = await step
    .locator(".step-body")
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const plain = await page.locator("#step-1 .step-body").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(highlighted).not.toBe(plain);
});

test("copying a step link gives the page URL with the step anchor", async ({ page }) => {
  await page.goto("/en/backup/fs-freeze-failed");
  await page.getByRole("button", { name: "Copy link to step 3" }).click();
  expect(await clipboard(page)).toMatch(/\/en\/backup\/fs-freeze-failed#step-3$/);
  await page.getByRole("button", { name: "Copy link to this page" }).click();
  expect(await clipboard(page)).toMatch(/\/en\/backup\/fs-freeze-failed$/);
});

test("copy buttons copy commands exactly", async ({ page }) => {
  await page.goto("/en/backup/fs-freeze-failed");
  await page.locator("#step-1").getByRole("button", { name: "Copy command" }).click();
  expect(await clipboard(page)).toBe('tune2fs -l /dev/sdb1 | grep "Filesystem state"');
  await expect(page.locator("#step-1").getByRole("button", { name: "Copy command" })).toContainText("Copied");

  await page.goto("/zh-TW/backup/snapshot-extension-com-msdtc");
  await page.getByRole("button", { name: "複製命令：msdtc -uninstall" }).click();
  expect(await clipboard(page)).toBe("msdtc -uninstall");

  await page.goto("/en/backup/secure-channel-failure");
  await page.locator("#step-3").getByRole("button", { name: "Copy command" }).click();
  expect(await clipboard(page)).toBe('"SchUseStrongCrypto"=dword:00000001');

  await page.goto("/en/restore/cloud-internal-error");
  await page.locator("#cause-1").getByRole("button", { name: "Copy command" }).click();
  expect(await clipboard(page)).toBe(
    '$deployment = Get-AzureDeployment -ServiceName "ServiceName" -Slot "Production"\nGet-AzureDns -DnsSettings $deployment.DnsSettings',
  );
});

test("steps tick off, survive a reload, and reset", async ({ page }) => {
  await page.goto("/en/backup/fs-freeze-failed");
  const status = page.getByRole("region", { name: "How to fix" }).getByRole("status").filter({ hasText: "steps done" });
  await expect(status).toHaveText("0 of 4 steps done");
  await page.getByRole("checkbox", { name: "Step 1 done" }).check();
  await page.getByRole("checkbox", { name: "Step 3 done" }).check();
  await expect(status).toHaveText("2 of 4 steps done");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Step 3 done" })).toBeChecked();
  await expect(status).toHaveText("2 of 4 steps done");
  // Progress is per entry, shared by both languages (they have the same steps).
  await page.goto("/zh-TW/backup/fs-freeze-failed");
  await expect(page.getByRole("checkbox", { name: "步驟 3 已完成" })).toBeChecked();
  await page.goto("/en/backup/vss-writers-bad-state");
  await expect(page.getByRole("checkbox", { name: "Step 1 done" })).not.toBeChecked();
  await page.goto("/en/backup/fs-freeze-failed");
  await page.getByRole("button", { name: "Reset steps" }).click();
  await expect(status).toHaveText("0 of 4 steps done");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Step 1 done" })).not.toBeChecked();
});

test("alternatives are marked and external links say they leave the site", async ({ page }) => {
  await page.goto("/en/backup/vm-no-longer-exists");
  await expect(page.locator("#step-1 li.option").nth(1)).toContainText("Or");
  const external = page.locator("#step-1").getByRole("link", { name: /More details/ });
  await expect(external).toHaveAccessibleName(/external site/);
});

test.describe("code pages", () => {
  test("a code of one entry shows its fix", async ({ page }) => {
    await page.goto("/en/codes/UserErrorFsFreezeFailed");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Failed to freeze");
    await expect(page.getByRole("region", { name: "How to fix" }).locator("li.step")).toHaveCount(4);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/backup\/fs-freeze-failed$/);
  });
  test("a code shared by entries offers a chooser", async ({ page }) => {
    await page.goto("/zh-TW/codes/ExtensionInstallationFailedMDTC");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("錯誤碼 ExtensionInstallationFailedMDTC");
    await expect(page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link")).toHaveCount(2);
  });
  test("codes on a fix page link to their code pages", async ({ page }) => {
    await page.goto("/en/backup/vm-no-longer-exists");
    await page.getByRole("link", { name: "320001" }).click();
    await expect(page).toHaveURL(/\/en\/codes\/320001$/);
  });
});

test.describe("the language switch keeps the place", () => {
  test("same page and step anchor", async ({ page }) => {
    await page.goto("/en/backup/fs-freeze-failed#step-3");
    await page
      .getByRole("banner")
      .getByRole("link", { name: /繁體中文/ })
      .click();
    await expect(page).toHaveURL(/\/zh-TW\/backup\/fs-freeze-failed#step-3$/);
    await expect(page.locator("#step-3")).toBeInViewport();
  });
  test("same search query", async ({ page }) => {
    await page.goto("/en/search?q=vss%20writer%20bad%20state");
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toBeVisible();
    await page
      .getByRole("banner")
      .getByRole("link", { name: /繁體中文/ })
      .click();
    await expect(page).toHaveURL(/\/zh-TW\/search\?q=vss(\+|%20)writer(\+|%20)bad(\+|%20)state$/);
    await expect(page.getByRole("list", { name: "搜尋結果" }).getByRole("link").first()).toHaveText(/VSS 寫入器/);
  });
});

test("share previews: canonical, hreflang, OpenGraph and Twitter tags", async ({ page }) => {
  await page.goto("/zh-TW/backup/vss-writers-bad-state");
  const head = page.locator("head");
  await expect(page).toHaveTitle(/^快照作業失敗，因為 VSS 寫入器處於不正常狀態 \| Azure VM 備份疑難排解$/);
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/zh-TW\/backup\/vss-writers-bad-state$/);
  for (const [lang, path] of [
    ["zh-TW", "/zh-TW/"],
    ["en", "/en/"],
    ["x-default", "/en/"],
  ]) {
    await expect(head.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
      "href",
      new RegExp(`${path}backup/vss-writers-bad-state$`),
    );
  }
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", "快照作業失敗，因為 VSS 寫入器處於不正常狀態");
  await expect(head.locator('meta[property="og:description"]')).toHaveAttribute("content", /VSS/);
  await expect(head.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/zh-TW\/backup\/vss-writers-bad-state$/);
  await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute("content", "zh_TW");
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(head.locator('meta[name="twitter:title"]')).toHaveAttribute("content", "快照作業失敗，因為 VSS 寫入器處於不正常狀態");
  await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /VSS/);
});

test("sitemap.xml lists every page in both languages, and each one exists", async ({ page, request, baseURL }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(locs).toContain("/zh-TW/backup/fs-freeze-failed");
  expect(locs).toContain("/en/guides/networking");
  expect(locs.filter((l) => l.startsWith("/en/")).length).toBe(locs.filter((l) => l.startsWith("/zh-TW/")).length);
  expect(locs.filter((l) => /^\/en\/(backup|jobs|restore|guides)\/[^/]+$/.test(l))).toHaveLength(40);
  for (const path of locs) expect((await request.get(path)).status(), path).toBe(200);
  expect(xml).toMatch(/^<\?xml/);
  await page.goto(`${baseURL}/robots.txt`);
  await expect(page.locator("body")).toContainText("Sitemap:");
});

test("opensearch.xml points browsers at the search page", async ({ page, request }) => {
  await page.goto("/en");
  const href = await page.locator('link[rel="search"][type="application/opensearchdescription+xml"]').getAttribute("href");
  expect(href).toBe("/en/opensearch.xml");
  const response = await request.get(href!);
  expect(response.headers()["content-type"]).toContain("application/opensearchdescription+xml");
  const xml = await response.text();
  expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">');
  expect(xml).toMatch(/<Url type="text\/html" method="get" template="https?:\/\/[^"]+\/en\/search\?q=\{searchTerms\}"\/>/);
  expect(xml).toMatch(/<ShortName>.{1,16}<\/ShortName>/);
});

test("dark mode follows the system, and the toggle is remembered", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = hydrating(await context.newPage());
  await page.goto("/en/backup/fs-freeze-failed");
  await expect(page.locator("html")).toHaveClass(/dark/);
  const background = await page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe("rgb(255, 255, 255)");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await page.goto("/zh-TW");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await context.close();
});

test("printing a fix page keeps steps, commands and the URL, not the navigation", async ({ page }) => {
  await page.goto("/en/backup/fs-freeze-failed");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByText(/^Page: http/)).toBeVisible();
  await expect(page.locator("#step-1 pre")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy command" }).first()).toBeHidden();
});
