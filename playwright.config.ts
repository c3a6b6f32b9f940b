import { defineConfig } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "./lib/chromium";

const port = Number(process.env.E2E_PORT ?? 3210);
/** E2E_SERVER=nginx runs the same suite against Debian's nginx serving out/ with deploy/nginx.conf. */
const nginx = process.env.E2E_SERVER === "nginx";

/** Real Chromium from Debian (Playwright's own browser download does not work here). */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumFlags,
    },
  },
  webServer: {
    command: nginx ? "node --import tsx scripts/nginx-e2e.ts" : "npx tsx scripts/serve.ts",
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/en`,
    reuseExistingServer: false,
    timeout: 300_000,
  },
});
