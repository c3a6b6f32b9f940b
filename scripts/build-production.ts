/** npm run build:production: the build for a host, which fails without SITE_URL (npm run build defaults it to localhost). */
import { spawnSync } from "node:child_process";
import { productionSiteUrl } from "../lib/site";

try {
  productionSiteUrl(process.env.SITE_URL);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", shell: process.platform === "win32" });
process.exitCode = build.status ?? 1;
