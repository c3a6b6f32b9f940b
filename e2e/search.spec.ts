import { expect, test } from "./test";

const paste = [
  "Backup job failed",
  "Backup item: iaasvmcontainerv2;rg-finance;payroll-db-01",
  "Activity ID: 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
  "Error Code: UserErrorFsFreezeFailed",
  "Error Message: Failed to freeze one or more mount-points of the VM to take a file-system consistent snapshot",
].join("\n");

test("pasting into the home box finds the fix and puts a clean query in the URL", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/en");
  await page.evaluate((text) => navigator.clipboard.writeText(text), paste);
  await page.getByLabel("Paste your error message").focus();
  await page.keyboard.press("ControlOrMeta+V");
  const results = page.getByRole("list", { name: "Results" });
  await expect(results.getByRole("link").first()).toHaveText(/Failed to freeze one or more mount points/);
  await expect(page.getByText("Best match")).toBeVisible();
  await expect(results.getByText("Error code: UserErrorFsFreezeFailed")).toBeVisible();
  await expect(results.locator("mark").first()).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("1 matching fix");
  await expect(page).toHaveURL(/\?q=UserErrorFsFreezeFailed/);
  const q = new URL(page.url()).searchParams.get("q") ?? "";
  for (const secret of ["payroll", "rg-finance", "3f2504e0", "iaasvmcontainer"]) expect(q).not.toContain(secret);
  await expect(page.getByText("Searched for:")).toContainText("Failed to freeze one or more mount-points");
});

test("a shared multi-line search link shows the same results", async ({ page }) => {
  await page.goto("/en");
  await page.getByLabel("Paste your error message").fill(paste);
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toBeVisible();
  const shared = page.url().replace("/en?", "/en/search?");
  const first = await page.getByRole("list", { name: "Results" }).getByRole("link").allTextContents();

  await page.goto(shared);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  await expect(page.getByLabel("Paste your error message")).toHaveValue(/UserErrorFsFreezeFailed\nBackup job failed\nFailed to freeze/);
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link")).toHaveText(first);
});

test.describe("without scripts", () => {
  test.use({ waitForHydration: false });
  test("a shared link's text is in the box before the page's scripts have loaded", async ({ page }) => {
    await page.route("**/_next/static/chunks/*.js", (route) => route.abort());
    await page.goto("/en/search?q=" + encodeURIComponent("VSS Writers in bad state\nsecond line"));
    await expect(page.getByLabel("Paste your error message")).toHaveValue("VSS Writers in bad state\nsecond line");
  });
});

test.describe("before the scripts have run", () => {
  test.use({ waitForHydration: false });
  test("what was pasted before the page hydrated is searched once it has", async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/en", { waitUntil: "domcontentloaded" });
    await page.getByLabel("Paste your error message").fill("Snapshot operation failed due to VSS Writers in bad state");
    release();
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toHaveAttribute(
      "href",
      "/en/backup/vss-writers-bad-state",
    );
  });
});

test("results update while typing, in the page's language, for a paste in the other language", async ({ page }) => {
  await page.goto("/zh-TW/search");
  await page.getByLabel("貼上錯誤訊息").pressSequentially("vss writer bad state", { delay: 20 });
  const link = page.getByRole("list", { name: "搜尋結果" }).getByRole("link").first();
  await expect(link).toHaveText("快照作業失敗，因為 VSS 寫入器處於不正常狀態");
  await expect(link).toHaveAttribute("href", "/zh-TW/backup/vss-writers-bad-state");
});

test("an unrelated error gets no match, with help", async ({ page }) => {
  await page.goto("/en/search?q=" + encodeURIComponent("npm ERR! code ERESOLVE unable to resolve dependency tree"));
  await expect(page.getByRole("status")).toHaveText("No matching fix");
  await expect(page.getByText("Try pasting only the error line")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Backup errors" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Results" })).toHaveCount(0);
});

test("keyboard: / focuses the box, arrows move through results, Enter opens one", async ({ page }) => {
  await page.goto("/en/search?q=cancel%20job");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link")).toHaveCount(4);
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(page.getByLabel("Paste your error message")).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowDown");
  const links = page.getByRole("list", { name: "Results" }).getByRole("link");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByLabel("Paste your error message")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  const href = await links.nth(0).getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test("a code alone finds its entry", async ({ page }) => {
  await page.goto("/zh-TW/search?q=380008");
  const results = page.getByRole("list", { name: "搜尋結果" });
  await expect(results.getByRole("link").first()).toHaveAttribute("href", "/zh-TW/backup/extension-install-needs-vm-agent");
  await expect(results.getByText("錯誤碼：AzureVmOffline").first()).toBeVisible(); // 380008 is its numeric form
});

test("names the guide does not know are left out of what is shared, and the page says how many", async ({ page }) => {
  await page.goto("/en/search");
  await page.getByLabel("Paste your error message").fill("Restore of payroll-kx-07 failed: Restore failed with Cloud Internal error");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toHaveAttribute(
    "href",
    "/en/restore/cloud-internal-error",
  );
  await expect(page.getByText(/^\d+ words this guide does not use \(names, IDs\) were left out/)).toBeVisible();
  await expect(page.getByText("Searched for:")).toContainText("Restore of ⋯-⋯-07 failed");
  expect(new URL(page.url()).searchParams.get("q")).not.toContain("payroll");
});

test("another product's error gets no fix, names that product in the page's language and links its own troubleshooting", async ({
  page,
}) => {
  const mars = "CBEngine: Encountered failure while sending request to Azure Backup service (MARS agent, files and folders backup)";
  await page.goto(`/zh-TW/search?q=${encodeURIComponent(mars)}`);
  // Screen readers hear whose error it is in the status line; the notice below shows it with the link.
  await expect(page.getByRole("status")).toHaveText(/^找不到符合的修正方式 這看起來是「MARS 代理程式/);
  await expect(page.locator("p:not([role=status])").getByText(/這看起來是「MARS 代理程式/)).toBeVisible();
  const link = page.getByRole("link", { name: /Microsoft 的「MARS 代理程式.*」疑難排解/ });
  await expect(link).toHaveAttribute("href", "https://learn.microsoft.com/zh-tw/azure/backup/backup-azure-mars-troubleshoot");

  await page.goto(`/en/search?q=${encodeURIComponent("UserErrorSQLNoSysadminMembership")}`);
  await expect(
    page.getByRole("paragraph").filter({ hasText: "UserErrorSQLNoSysadminMembership comes from SQL Server backup in Azure VMs" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /Microsoft's troubleshooting for SQL Server backup in Azure VMs/ })).toHaveAttribute(
    "href",
    "https://learn.microsoft.com/en-us/azure/backup/backup-sql-server-azure-troubleshoot",
  );
});
