/**
 * The request handler behind `npm start`: sirv serves the static export (ETag and 304, Range,
 * precompressed .br/.gz, no dotfiles); this wrapper adds only what the site needs on top.
 */
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import type { Readable } from "node:stream";
import sirv from "sirv";
import { isLocale } from "../i18n";
import { securityHeaders } from "../security-headers";
import { candidateFiles, notFoundFile } from "../static-files";

export const allowedMethods = "GET, HEAD";
export const revalidate = "public, max-age=0, must-revalidate";
export const immutable = "public, max-age=31536000, immutable";

/** Next's content-hashed build output: the only files that may be cached for a year. */
export const isHashedAsset = (pathname: string) => pathname.startsWith("/_next/static/");

/** Types sirv's table gets differently from what the site declares (charset, OpenSearch). */
const contentTypes: [RegExp, string][] = [
  [/\/opensearch\.xml$/, "application/opensearchdescription+xml; charset=utf-8"],
  [/\.json$/, "application/json; charset=utf-8"],
  [/\.(js|mjs)$/, "text/javascript; charset=utf-8"],
  [/\.css$/, "text/css; charset=utf-8"],
  [/\.txt$/, "text/plain; charset=utf-8"],
  [/\.xml$/, "application/xml; charset=utf-8"],
];

/** The export's own 404 routes answer 404 like any other missing page, never 200. */
function isNotFoundRoute(path: string): boolean {
  const parts = path
    .replace(/\.html$/, "")
    .split("/")
    .filter(Boolean);
  if (parts.length === 1) return parts[0] === "404" || parts[0] === "_not-found";
  return parts.length === 2 && isLocale(parts[0]) && parts[1] === "404";
}

/** Accept-Encoding without the codings the client refused (`gzip;q=0`), which sirv would not notice. */
export function acceptedEncodings(header: string | string[] | undefined): string {
  return String(header ?? "")
    .split(",")
    .map((part) => part.trim().split(/\s*;\s*/))
    .filter(([name, ...params]) => name && !params.some((p) => /^q=0(\.0*)?$/i.test(p)))
    .map(([name]) => name)
    .join(", ");
}

class NotServable extends Error {}

const fileKey = (stats: Stats) => `${stats.dev}:${stats.ino}`;

/**
 * Regular files reached from the root without following a symlink and without a dotted name:
 * a file sirv found is served only if it is one of these (so a symlink cannot lead out of the root).
 */
function servableFiles(root: string): Map<string, { abs: string; size: number; mtimeMs: number }> {
  const files = new Map<string, { abs: string; size: number; mtimeMs: number }>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(".")) continue;
      const abs = join(dir, name);
      const stats = lstatSync(abs);
      if (stats.isDirectory()) walk(abs);
      else if (stats.isFile()) files.set(fileKey(stats), { abs, size: stats.size, mtimeMs: stats.mtimeMs });
    }
  };
  walk(root);
  return files;
}

interface Variants {
  identity?: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

function readVariants(file: string): Variants {
  const read = (path: string) => {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  };
  return { identity: read(file), gzip: read(`${file}.gz`), br: read(`${file}.br`) };
}

export interface SiteHandlerOptions {
  root: string;
  log?: (message: string) => void;
}

export function createSiteHandler({ root, log = console.error }: SiteHandlerOptions) {
  const dir = realpathSync(root);
  const servable = servableFiles(dir);
  const notFoundPages = new Map<string, Variants>();
  const notFoundPage = (file: string) => notFoundPages.get(file) ?? notFoundPages.set(file, readVariants(join(dir, file))).get(file)!;

  const files = sirv(dir, {
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ["html"],
    setHeaders(res, pathname, stats) {
      const file = servable.get(fileKey(stats));
      if (!file) throw new NotServable(pathname);
      const now = statSync(file.abs, { throwIfNoEntry: false });
      if (!now || now.size !== file.size || now.mtimeMs !== file.mtimeMs)
        throw new Error(`${file.abs} changed or vanished since the server started`);
      const type = contentTypes.find(([pattern]) => pattern.test(pathname));
      if (type) res.setHeader("Content-Type", type[1]);
    },
  });

  function sendNotFound(req: IncomingMessage, res: ServerResponse, pathname: string, status = 404) {
    const page = notFoundPage(notFoundFile(pathname));
    const accepts = String(req.headers["accept-encoding"] ?? "");
    const [encoding, body] =
      page.br && /\bbr\b/.test(accepts)
        ? ["br", page.br]
        : page.gzip && /\bgzip\b/.test(accepts)
          ? ["gzip", page.gzip]
          : [undefined, page.identity];
    res.statusCode = status;
    res.setHeader("Cache-Control", revalidate);
    res.setHeader("Content-Type", body ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    if (encoding) res.setHeader("Content-Encoding", encoding);
    const content = body ?? Buffer.from("Not found\n");
    res.setHeader("Content-Length", content.length);
    res.end(req.method === "HEAD" ? undefined : content);
  }

  function sendError(res: ServerResponse, error: unknown) {
    log(`serve: ${res.req?.method} ${res.req?.url} failed: ${(error as Error)?.stack ?? String(error)}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    for (const name of ["Content-Encoding", "Content-Length", "ETag", "Last-Modified", "Content-Range", "Accept-Ranges"])
      res.removeHeader(name);
    res.setHeader("Cache-Control", "no-store");
    res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Internal server error\n");
  }

  return function handle(request: IncomingMessage, res: ServerResponse): void {
    let pathname = "/";
    try {
      for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
      res.setHeader("Cache-Control", revalidate);
      res.setHeader("Vary", "Accept-Encoding");
      if (request.method !== "GET" && request.method !== "HEAD") {
        res.writeHead(405, { Allow: allowedMethods, "Content-Type": "text/plain; charset=utf-8" }).end("Method not allowed\n");
        return;
      }
      // Origin-form and absolute-form (`GET http://host/path`) alike.
      const url = new URL(request.url ?? "/", "http://localhost");
      pathname = url.pathname;
      request.headers["accept-encoding"] = acceptedEncodings(request.headers["accept-encoding"]);
      if (!candidateFiles(pathname)) return sendNotFound(request, res, pathname, 400);
      if (isNotFoundRoute(decodeURIComponent(pathname))) return sendNotFound(request, res, pathname);
      // Every answer for a missing file replaces this (sendNotFound); a 304 keeps it, as it should.
      res.setHeader("Cache-Control", isHashedAsset(pathname) ? immutable : revalidate);
      request.url = pathname + url.search;
      // sirv pipes a file stream into the response: an open or read error must not crash the
      // process, and a client that goes away must not leave the file open (a pipelined response
      // still queued behind another never sees its own "close", only the socket's).
      res.once("pipe", (stream: Readable) => {
        const stop = () => stream.destroy();
        stream.once("error", (error) => sendError(res, error));
        res.once("close", stop);
        request.socket.once("close", stop);
        stream.once("close", () => request.socket.off("close", stop));
      });
      files(request, res, () => sendNotFound(request, res, pathname));
    } catch (error) {
      if (error instanceof NotServable) {
        for (const name of ["Content-Encoding", "ETag", "Last-Modified"]) res.removeHeader(name);
        sendNotFound(request, res, pathname);
      } else sendError(res, error);
    }
  };
}
