/** npm start: serves the static export (building it first if there is none) with the site's headers. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { createSiteHandler } from "../lib/server/static-site";

// OUT_DIR serves another folder (the reliability tests' fixtures); it is never built.
const root = process.env.OUT_DIR ?? join(process.cwd(), "out");
const port = Number(process.env.PORT ?? 3000);

if (!process.env.OUT_DIR && !existsSync(join(root, "index.html"))) {
  console.log("No build in out/: running npm run build first.");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = createServer(createSiteHandler({ root }));
server.headersTimeout = 20_000;
server.requestTimeout = 30_000;

let listening = false;
server.on("error", (error: NodeJS.ErrnoException) => {
  // Before listening (port taken) there is nothing to serve; afterwards an error is logged and
  // the server goes on.
  console.error(`serve: ${error.message}`);
  if (!listening) process.exitCode = 1;
});
server.listen(port, () => {
  listening = true;
  const address = server.address();
  console.log(`Serving ${root} at http://localhost:${typeof address === "object" && address ? address.port : port}`);
});

function shutdown(signal: string) {
  console.log(`serve: ${signal}, finishing open requests`);
  server.close(() => console.log("serve: stopped"));
  server.closeIdleConnections();
  setTimeout(() => server.closeAllConnections(), 5_000).unref();
}
process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
