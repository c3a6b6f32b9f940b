import { expect, test } from "./test";

test.describe("causes", () => {
  test("independent causes each carry their own remedy, and nothing is ticked off", async ({ page }) => {
    await page.goto("/en/backup/backup-internal-error");
    const causes = page.getByRole("region", { name: "Possible causes, each with what to do" });
    await expect(causes.getByRole("listitem")).toHaveCount(2);
    const transient = causes.getByRole("listitem", { name: "Cause 1" });
    await expect(transient).toContainText("A transient problem occurred while accessing the VM's storage.");
    await expect(transient.locator(".remedy")).toContainText("retry the backup immediately");
    await expect(transient).not.toContainText("stop protecting the VM");
    const deleted = causes.getByRole("listitem", { name: "Cause 2" });
    await expect(deleted.locator(".remedy")).toContainText("stop protecting the VM and choose to retain the data");
    // Causes are not steps: no checkboxes, no progress that a reader could "complete".
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByText(/steps done/)).toHaveCount(0);
    await expect(page.getByRole("region", { name: "How to fix" })).toHaveCount(0);
  });

  test("the snapshot-issues guide lists five causes, not a five-step checklist", async ({ page }) => {
    await page.goto("/zh-TW/guides/troubleshoot-vm-snapshot-issues#cause-2");
    const causes = page.getByRole("region", { name: "可能的原因與各自的處理方式" });
    await expect(causes.locator("li.possible-cause")).toHaveCount(5);
    await expect(causes.locator("li.possible-cause .remedy")).toHaveCount(5);
    await expect(page.locator("#cause-2 .remedy pre")).toContainText('"USEVSSCOPYBACKUP"="TRUE"');
    await expect(page.getByText(/個步驟/)).toHaveCount(0);
  });
});

test.describe("conditions and alternatives in the checklist", () => {
  test("do A, or do B is one step with marked options, counted once", async ({ page }) => {
    await page.goto("/zh-TW/backup/vm-no-longer-exists");
    const fix = page.getByRole("region", { name: "修正步驟" });
    await expect(fix.locator("li.step")).toHaveCount(1);
    const options = fix.getByRole("group", { name: "請擇一執行" });
    await expect(options.locator("li.option")).toHaveCount(2);
    await expect(options.locator("li.option").nth(1)).toContainText("或");
    const status = fix.getByRole("status").filter({ hasText: "個步驟" });
    await expect(status).toHaveText("已完成 0 / 1 個步驟");
    await page.getByRole("checkbox", { name: "步驟 1 已完成" }).check();
    await expect(status).toHaveText("已完成 1 / 1 個步驟");
  });

  test("a conditional procedure is sub-steps of its condition, and only actions are counted", async ({ page }) => {
    await page.goto("/en/backup/snapshot-extension-com-msdtc");
    const fix = page.getByRole("region", { name: "How to fix" });
    await expect(page.locator("#step-2")).toContainText("If it fails to start, follow these steps");
    await expect(page.locator("#step-2 #step-2-2")).toContainText("msdtc -uninstall");
    // Step 2 only states the condition: its three sub-steps are the actions.
    await expect(page.getByRole("checkbox", { name: "Step 2 done" })).toHaveCount(0);
    await expect(fix.getByRole("status").filter({ hasText: "steps done" })).toHaveText("0 of 4 steps done");
  });
});

test.describe("provenance", () => {
  test("a fix page links its section of the article on Learn in its language, with the date and credit, also in print", async ({
    page,
  }) => {
    await page.goto("/zh-TW/backup/fs-freeze-failed");
    const provenance = page.locator("footer.provenance");
    const link = provenance.getByRole("link", { name: /表格第 19 列/ });
    await expect(link).toHaveAttribute("href", "https://learn.microsoft.com/zh-tw/azure/backup/backup-azure-vms-troubleshoot#backup");
    await expect(link).toContainText("2017 年 4 月 24 日");
    await expect(provenance).toContainText("內容改編自 Microsoft Learn，採用 CC BY 4.0 授權。");
    await page.emulateMedia({ media: "print" });
    await expect(provenance).toBeVisible();
    await expect(provenance.getByRole("link", { name: "CC BY 4.0" })).toBeVisible();
    await expect(provenance).toContainText("https://learn.microsoft.com/zh-tw/azure/backup/backup-azure-vms-troubleshoot#backup");
  });

  test("an English guide links the en-us section and says the English is the portal's own translation", async ({ page }) => {
    await page.goto("/en/guides/vm-agent");
    const provenance = page.locator("footer.provenance");
    const link = provenance.getByRole("link", { name: /24 April 2017/ });
    await expect(link).toHaveAttribute("href", "https://learn.microsoft.com/en-us/azure/backup/backup-azure-vms-troubleshoot#vm-agent");
    await expect(provenance).toContainText("this portal's own translation of the zh-TW article");
  });
});
