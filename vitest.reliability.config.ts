import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** npm run test:reliability: starts the real server process and attacks it (loopback only, bounded). */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: { include: ["reliability/**/*.test.ts"], environment: "node", fileParallelism: false },
});
