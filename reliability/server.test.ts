/**
 * Probes the `npm start` server as an attacker and a careless operator would: a real server
 * process on 127.0.0.1 serving a fixture folder with a large file, a dotfile, a symlink that
 * leads out of it and a file that vanishes after start. Every loop is bounded.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/security-headers";

const page = (lang: string, title: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
const big = "x".repeat(1024) + "\n";

let dir: string;
let server: ChildProcess;
let base: string;
let exited: number | null | undefined;

function fixture(): string {
  const tmp = mkdtempSync(join(tmpdir(), "serve-reliability-"));
  const root = join(tmp, "out");
  for (const sub of ["en", "zh-TW", "_next/static/chunks"]) mkdirSync(join(root, sub), { recursive: true });
  writeFileSync(join(root, "index.html"), page("en", "Home"));
  writeFileSync(join(root, "en.html"), page("en", "English home"));
  writeFileSync(join(root, "en.html.gz"), gzipSync(page("en", "English home")));
  writeFileSync(join(root, "404.html"), page("zh-TW", "找不到頁面 Page not found"));
  writeFileSync(join(root, "en/404.html"), page("en", "Page not found"));
  writeFileSync(join(root, "zh-TW/404.html"), page("zh-TW", "找不到頁面"));
  writeFileSync(join(root, "_next/static/chunks/app-1a2b3c.js"), "console.log(1)\n");
  writeFileSync(join(root, "big.json"), big.repeat(4096)); // 4 MB: far more than one socket buffer
  writeFileSync(join(root, "gone.html"), page("en", "Removed after start"));
  writeFileSync(join(root, ".env"), "SECRET=dotfile\n");
  writeFileSync(join(tmp, "secret.txt"), "SECRET=outside\n");
  symlinkSync(join(tmp, "secret.txt"), join(root, "leak.txt"));
  return tmp;
}

const fdCount = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `npm start`'s server on a free port, optionally with a descriptor limit (`ulimit -n`). */
async function startServer(root: string, maxFiles?: number): Promise<{ child: ChildProcess; base: string }> {
  const command = [process.execPath, "--import", "tsx", "scripts/serve.ts"];
  const env = { ...process.env, OUT_DIR: root, PORT: "0" };
  const child = maxFiles
    ? spawn("sh", ["-c", `ulimit -n ${maxFiles} && exec "$@"`, "sh", ...command], { env, stdio: ["ignore", "pipe", "pipe"] })
    : spawn(command[0], command.slice(1), { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stderr!.resume();
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const port = /localhost:(\d+)/.exec(out)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.once("exit", () => reject(new Error(`server exited: ${out}`)));
  });
  return { child, base: url };
}

beforeAll(async () => {
  dir = fixture();
  ({ child: server, base } = await startServer(join(dir, "out")));
  server.on("exit", (code) => (exited = code));
  rmSync(join(dir, "out", "gone.html")); // as a deploy would, after the server indexed it
}, 60_000);

afterAll(() => {
  if (exited === undefined) server.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), `${response.status} ${name}`).toBe(value);
}

/** Sends raw requests on one connection and resolves with everything read until the server closes or `until` matches. */
function raw(request: string, until?: RegExp): Promise<string> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    let data = "";
    const socket = connect(Number(url.port), url.hostname, () => socket.write(request));
    socket.setEncoding("latin1");
    socket.on("data", (chunk) => {
      data += chunk;
      if (until?.test(data)) socket.destroy();
    });
    socket.on("close", () => resolve(data));
    socket.on("error", reject);
  });
}

describe("HTTP", () => {
  it("answers 304 to a revalidation, with the security headers and no body", async () => {
    const first = await fetch(`${base}/en`);
    expect(first.status).toBe(200);
    expectSecurityHeaders(first);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}/en`, { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expectSecurityHeaders(again);
    expect(await again.text()).toBe("");
  });

  it("answers 405 with Allow to anything but GET and HEAD", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) {
      const response = await fetch(`${base}/en`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
      expectSecurityHeaders(response);
    }
    expect((await fetch(`${base}/en`, { method: "HEAD" })).status).toBe(200);
  });

  it("caches hashed assets for a year only when they exist", async () => {
    const hit = await fetch(`${base}/_next/static/chunks/app-1a2b3c.js`);
    expect(hit.status).toBe(200);
    expect(hit.headers.get("cache-control")).toContain("immutable");
    const miss = await fetch(`${base}/_next/static/chunks/app-000000.js`);
    expect(miss.status).toBe(404);
    expect(miss.headers.get("cache-control")).not.toMatch(/immutable|max-age=[1-9]/);
    expectSecurityHeaders(miss);
  });

  it("answers 404 with the localized page, also for the 404 routes themselves", async () => {
    for (const [path, title] of [
      ["/en/nowhere", "Page not found"],
      ["/zh-TW/nowhere", "找不到頁面"],
      ["/fr/nowhere", "找不到頁面 Page not found"],
      ["/404", "找不到頁面 Page not found"],
      ["/en/404", "Page not found"],
      ["/_not-found", "找不到頁面 Page not found"],
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain(`<h1>${title}</h1>`);
      expectSecurityHeaders(response);
    }
  });

  it("serves no dotfile and follows no symlink out of the root", async () => {
    for (const path of ["/.env", "/leak.txt", "/leak", "/%2eenv", "/..%2fsecret.txt", "/..%5csecret.txt", "/en/..%2f..%2fsecret.txt"]) {
      const response = await fetch(`${base}${path}`);
      expect([400, 404], path).toContain(response.status);
      expect(await response.text(), path).not.toContain("SECRET");
    }
  });

  it("answers 500 with the security headers when a file vanished, and goes on serving", async () => {
    const response = await fetch(`${base}/gone`);
    expect(response.status).toBe(500);
    expectSecurityHeaders(response);
    expect((await fetch(`${base}/en`)).status).toBe(200);
  });

  it("honours Range, refused encodings and the absolute request form", async () => {
    const range = await fetch(`${base}/big.json`, { headers: { Range: "bytes=0-9" } });
    expect(range.status).toBe(206);
    expect(await range.text()).toBe("x".repeat(10));
    const refused = await raw("GET /en HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip;q=0\r\nConnection: close\r\n\r\n");
    expect(refused).toMatch(/^HTTP\/1\.1 200/);
    expect(refused).not.toMatch(/content-encoding/i);
    const gzip = await raw("GET /en HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n");
    expect(gzip).toMatch(/content-encoding: gzip/i);
    const absolute = await raw(`GET ${base}/en HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(absolute).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe("under abuse", () => {
  it("does not crash or keep descriptors after 1,000 aborted pipelined downloads", async () => {
    const pid = server.pid!;
    await fetch(`${base}/big.json`).then((r) => r.arrayBuffer());
    await sleep(200);
    const before = fdCount(pid);
    const abort = () => raw("GET /big.json HTTP/1.1\r\nHost: x\r\n\r\nGET /big.json HTTP/1.1\r\nHost: x\r\n\r\n", /x{100}/);
    for (let round = 0; round < 20; round++) await Promise.all(Array.from({ length: 50 }, abort));
    let after = fdCount(pid);
    for (let wait = 0; wait < 50 && after > before; wait++) {
      await sleep(100);
      after = fdCount(pid);
    }
    expect(exited).toBeUndefined();
    expect(after).toBeLessThanOrEqual(before);
    expect((await fetch(`${base}/en`)).status).toBe(200);
  }, 60_000);

  it("still answers during a flood of 5,000 idle connections", async () => {
    const url = new URL(base);
    const idle: Socket[] = [];
    try {
      for (let batch = 0; batch < 10; batch++) {
        const sockets = Array.from({ length: 500 }, () => connect(Number(url.port), url.hostname));
        idle.push(...sockets);
        await Promise.all(sockets.map((s) => new Promise((resolve, reject) => s.once("connect", resolve).once("error", reject))));
      }
      const response = await fetch(`${base}/en`, { signal: AbortSignal.timeout(10_000) });
      expect(response.status).toBe(200);
      expect(exited).toBeUndefined();
    } finally {
      for (const socket of idle) socket.destroy();
    }
  }, 60_000);

  it("survives running out of descriptors (EMFILE) during a flood, and answers once it passes", async () => {
    const limited = await startServer(join(dir, "out"), 128);
    let crashed = false;
    limited.child.once("exit", () => (crashed = true));
    const url = new URL(limited.base);
    // A connection opened before the flood asks for a file once no descriptor is left to open it.
    const early = connect(Number(url.port), url.hostname).on("error", () => {});
    await new Promise((resolve) => early.once("connect", resolve));
    const flood: Socket[] = [];
    try {
      for (let batch = 0; batch < 4; batch++) {
        const sockets = Array.from({ length: 100 }, () => connect(Number(url.port), url.hostname).on("error", () => {}));
        flood.push(...sockets);
        await Promise.all(sockets.map((s) => new Promise((resolve) => s.once("connect", resolve).once("close", resolve))));
      }
      await sleep(300);
      const answered = new Promise((resolve) => early.once("data", resolve).once("close", resolve));
      early.write("GET /big.json HTTP/1.1\r\nHost: x\r\n\r\n");
      await Promise.race([answered, sleep(3000)]);
      await sleep(300);
      expect(crashed).toBe(false);
    } finally {
      for (const socket of [early, ...flood]) socket.destroy();
    }
    await sleep(300);
    expect((await fetch(`${limited.base}/en`)).status).toBe(200);
    expect(crashed).toBe(false);
    limited.child.kill("SIGKILL");
  }, 60_000);

  it("shuts down cleanly on SIGTERM", async () => {
    const exit = new Promise<number | null>((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    expect(await exit).toBe(0);
  }, 20_000);
});
