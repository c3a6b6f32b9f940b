/** npm start: serves the static export (building it first if there is none) with the site's security headers. */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import { createGzip } from "node:zlib";
import { securityHeaders } from "../lib/security-headers";
import { candidateFiles, notFoundFile } from "../lib/static-files";

const outDir = join(process.cwd(), "out");
const port = Number(process.env.PORT ?? 3000);

if (!existsSync(join(outDir, "index.html"))) {
  console.log("No build in out/: running npm run build first.");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};
const compressible = new Set([".html", ".js", ".css", ".json", ".txt", ".xml", ".svg", ".webmanifest"]);

function existingFile(path: string): string | undefined {
  const full = join(outDir, path);
  if (!full.startsWith(outDir)) return undefined;
  try {
    return statSync(full).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

const server = createServer((req, res) => {
  const urlPath = (req.url ?? "/").split(/[?#]/)[0];
  const candidates = candidateFiles(urlPath);
  let file = candidates?.map(existingFile).find(Boolean);
  let status = 200;
  if (!file) {
    status = candidates ? 404 : 400;
    file = existingFile(notFoundFile(urlPath)) ?? existingFile("/404.html");
  }
  const ext = extname(file ?? ".html");
  const type = file?.endsWith("opensearch.xml") ? "application/opensearchdescription+xml; charset=utf-8" : types[ext];
  const headers: Record<string, string> = {
    ...securityHeaders,
    "Content-Type": type ?? "application/octet-stream",
    "Cache-Control": urlPath.startsWith("/_next/static/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    Vary: "Accept-Encoding",
  };
  if (!file) {
    res.writeHead(status, headers).end();
    return;
  }
  const gzip = compressible.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  if (gzip) headers["Content-Encoding"] = "gzip";
  res.writeHead(status, headers);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
});

server.listen(port, () => console.log(`Serving out/ at http://localhost:${port}`));
