/**
 * npm run bench:serve: requests/s and p99 latency of a fix page from `npm start`'s server, beside
 * plain sirv with its defaults, both as child processes on 127.0.0.1 driven by autocannon
 * (50 keep-alive connections). Prints numbers; never fails on speed. BENCH_SECONDS sets each run's length.
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const page = "/en/backup/fs-freeze-failed";
const out = join(process.cwd(), "out");
if (!existsSync(join(out, "index.html"))) {
  console.error("No build in out/: run npm run build first.");
  process.exit(1);
}

const servers: Record<string, string[]> = {
  "npm start (sirv + site wrapper)": ["--import", "tsx", "scripts/serve.ts"],
  "sirv defaults": [
    "-e",
    `const s = require("http").createServer(require("sirv")(${JSON.stringify(out)})); s.listen(0, "127.0.0.1", () => console.log("localhost:" + s.address().port));`,
  ],
};

function start(args: string[]): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, args, { env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout!.on("data", (chunk) => {
      text += chunk;
      const port = /localhost:(\d+)/.exec(text)?.[1];
      if (port) resolve({ child, base: `http://127.0.0.1:${port}` });
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code})`)));
  });
}

async function load(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections: 50, duration: seconds, headers });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${(s as { count: number }).count}`)
    .join(" ");
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    statuses,
  };
}

async function main() {
  const rows: string[][] = [];
  for (const [name, args] of Object.entries(servers)) {
    const { child, base } = await start(args);
    try {
      const url = base + page;
      const identity = { "accept-encoding": "identity" };
      const etag = (await fetch(url, { headers: identity })).headers.get("etag");
      await autocannon({ url, connections: 50, duration: 1 }); // warm-up, not reported
      const cases: [string, Record<string, string>][] = [
        ["identity", identity],
        ["gzip", { "accept-encoding": "gzip" }],
        ["revalidation (If-None-Match)", etag ? { ...identity, "if-none-match": etag } : identity],
      ];
      for (const [label, headers] of cases) {
        const r = await load(url, headers);
        rows.push([
          name,
          label,
          String(r.rps),
          `${r.p99} ms`,
          String(r.bytes),
          r.statuses + (label.startsWith("revalidation") && !etag ? " (no ETag: full responses)" : ""),
        ]);
      }
    } finally {
      child.kill("SIGTERM");
    }
  }

  const header = ["server", "request", "req/s", "p99", "bytes/response", "statuses"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(`GET ${page}, 50 keep-alive connections, ${seconds} s each, on ${process.platform}/${process.arch} node ${process.version}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

void main();
