import { expect, test, type Page } from "./test";
import { sharedQueryBootScript } from "../lib/shared-query";

/** Collects uncaught page errors and console errors (a 404 response for a bad path is expected, not an error of ours). */
function watch(page: Page) {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 404/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}

const bad: [string, string][] = [
  ["malformed percent-encoding", "%E0%A4%A"],
  ["script markup", encodeURIComponent("<script>alert(1)</script> VSS Writers in bad state")],
  ["img onerror", encodeURIComponent('<img src=x onerror="alert(1)">')],
  [
    "NUL and control characters",
    encodeURIComponent("\u0000\u0001\u0007\u001b[31mSnapshot operation failed due to VSS Writers in bad state"),
  ],
  ["emoji and right-to-left text", encodeURIComponent("💥🔥 שגיאה בגיבוי ‮VSS‬ writers bad state")],
  ["fuse.js extended-search operators", encodeURIComponent("!vss ^writers =bad 'state | $snapshot")],
];

for (const [name, q] of bad) {
  test(`search survives ${name}`, async ({ page }) => {
    const errors = watch(page);
    await page.goto(`/en/search?q=${q}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    await expect(page.getByLabel("Paste your error message")).toBeEditable();
    // The search of the query has finished: a result count or "no match", never still loading.
    await expect(page.getByRole("status").first()).toHaveText(/^(No matching fix( .+)?|1 matching fix|\d+ matching fixes)$/); // a no-fix line may say whose error it is
    // Nothing the query carried became markup: no image, no inline script but the constant one
    // that puts a shared link's text in the box.
    expect(await page.locator("main img").count()).toBe(0);
    expect(await page.locator("main script:not([src])").evaluateAll((all) => all.map((s) => s.textContent))).toEqual([
      sharedQueryBootScript,
    ]);
    await page.getByLabel("Paste your error message").fill("UserErrorFsFreezeFailed");
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toHaveAttribute(
      "href",
      "/en/backup/fs-freeze-failed",
    );
    expect(errors).toEqual([]);
  });
}

test("a 1 MB paste is handled, with a clear message, and the page stays usable", async ({ page }) => {
  const errors = watch(page);
  await page.goto("/zh-TW/search");
  const blob = ("x".repeat(1000) + "\n").repeat(1000) + "Snapshot operation failed due to VSS Writers in bad state";
  const box = page.getByLabel("貼上錯誤訊息");
  // The value is set directly (typing 1 MB would take minutes), so the page must have hydrated to see it.
  await expect(page.getByRole("button", { name: /切換為(深色|淺色)主題/ })).toBeVisible();
  await box.evaluate((el, value) => {
    const area = el as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    setter.call(area, value);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, blob);
  // The first search loads the engine and the index: allow for a busy machine.
  await expect(page.getByText("您貼上的內容很長，只使用了前 20,000 個字元。")).toBeVisible({ timeout: 15_000 });
  // Only the first 20,000 characters (all "x") are searched: the message at the end is cut off.
  await expect(page.getByRole("status").first()).toHaveText("找不到符合的修正方式");
  await box.fill("380008");
  await expect(page.getByRole("list", { name: "搜尋結果" }).getByRole("link").first()).toHaveAttribute(
    "href",
    "/zh-TW/backup/extension-install-needs-vm-agent",
  );
  expect(errors).toEqual([]);
});

test.describe("unknown paths give the localized 404 with a search box", () => {
  for (const [path, lang, heading] of [
    ["/en/nowhere", "en", "Page not found"],
    ["/zh-TW/backup/no-such-entry", "zh-TW", "找不到頁面"],
    ["/en/codes/NoSuchCode", "en", "Page not found"],
    ["/zh-TW/restore/%E0%A4%A", "zh-TW", "找不到頁面"],
  ] as const) {
    test(path, async ({ page }) => {
      const response = await page.goto(path);
      expect([400, 404]).toContain(response?.status());
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("search")).toBeVisible();
    });
  }
  test("an unknown locale gets both languages", async ({ page }) => {
    const response = await page.goto("/fr-FR/backup");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "找不到頁面" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test("path traversal never leaves the export", async ({ request }) => {
  for (const path of ["/en/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fpackage.json", "/_next/%2e%2e/%2e%2e/package.json"]) {
    const response = await request.get(path);
    expect([400, 404], path).toContain(response.status());
    expect(await response.text(), path).not.toMatch(/root:|"devDependencies"/);
  }
});

test("the server sends the security headers", async ({ request }) => {
  for (const path of ["/en", "/zh-TW/backup/fs-freeze-failed", "/search/en.json", "/nowhere"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    if (headers["content-type"]?.startsWith("text/html")) {
      // Scripts are governed by the page's own policy: its inline scripts by hash, nothing else inline.
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await response.text())?.[1] ?? "";
      expect(meta, path).toContain("default-src 'self'");
      expect(meta, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(
        meta.split(";").find((d) => d.trim().startsWith("script-src")),
        path,
      ).not.toContain("unsafe");
    }
    expect(csp, path).not.toContain("script-src");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});

test("pages work under the Content-Security-Policy (no violations)", async ({ page }) => {
  const errors = watch(page);
  await page.goto("/en/search?q=UserErrorFsFreezeFailed");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toBeVisible();
  await page.goto("/zh-TW/backup/fs-freeze-failed");
  await page.getByRole("checkbox", { name: "步驟 1 已完成" }).check();
  expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  expect(errors).toEqual([]);
});

test("an inline script that is not in the built page is blocked, while the page's own scripts run", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/.test(message.text())) blocked.push(message.text());
  });
  // As if content had smuggled a script into the exported HTML.
  await page.route("**/en/search*", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", '<script>document.documentElement.dataset.injected = "served"</script></body>');
    await route.fulfill({ response, body: html });
  });
  await page.goto("/en/search?q=UserErrorFsFreezeFailed");
  // The real page hydrated and search works under the policy.
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toHaveAttribute(
    "href",
    "/en/backup/fs-freeze-failed",
  );
  // A script added at run time with inline text is refused too.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = 'document.documentElement.dataset.added = "ran"';
    document.head.append(script);
  });
  await expect.poll(() => blocked.length).toBeGreaterThanOrEqual(2);
  expect(await page.locator("html").getAttribute("data-injected")).toBeNull();
  expect(await page.locator("html").getAttribute("data-added")).toBeNull();
  await page.getByLabel("Paste your error message").fill("380008");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toHaveAttribute(
    "href",
    "/en/backup/extension-install-needs-vm-agent",
  );
});
