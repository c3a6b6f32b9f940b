import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  // Some tests start the CLI process or build a 2,000-entry index: seconds, not milliseconds, on a busy
  // 2-core CI machine running the test files in parallel, so the 5 s default is too tight.
  test: { include: ["tests/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
});
