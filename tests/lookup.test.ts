import { spawn } from "node:child_process";
import { once } from "node:events";
import { Readable, Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { runLookup } from "@/lib/search-tools/lookup-cli";

/** A stdout that keeps everything, optionally slow: each write is acknowledged after `delayMs`. */
function sink(delayMs = 0) {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 256,
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      if (delayMs) setTimeout(done, delayMs);
      else done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

/** The first result's id of each --batch output line. */
const firstIds = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line).results[0]?.id);

async function lookup(args: string[], input: string | Readable = "") {
  const stdout = sink();
  const stderr = sink();
  const stdin = typeof input === "string" ? Readable.from([Buffer.from(input)]) : input;
  const status = await runLookup(args, stdin, stdout.stream, stderr.stream);
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

// The first lookup loads the content and builds both indexes; later ones reuse them.
beforeAll(() => lookup(["warm up"]), 30_000);

describe("npm run lookup", () => {
  it("prints JSON for a query and exits 0 on a match", async () => {
    const run = await lookup(["--json", "--locale", "zh-TW", "UserErrorFsFreezeFailed"]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ query: "UserErrorFsFreezeFailed", locale: "zh-TW", codes: ["UserErrorFsFreezeFailed"] });
    expect(json.results[0]).toMatchObject({
      id: "fs-freeze-failed",
      url: "/zh-TW/backup/fs-freeze-failed",
      category: "backup",
      source: [{ section: "backup", row: 19 }],
    });
  });
  it("reads one paste from stdin and prints the steps", async () => {
    const run = await lookup([], '{"error":{"code":"Unknown","message":"Snapshot operation failed due to VSS Writers in bad state"}}');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("/en/backup/vss-writers-bad-state");
    expect(run.stdout).toMatch(/^1\. .*vssadmin list writers/m);
    expect(run.stdout).toContain("     net stop serviceName");
  });
  it("answers each JSON line of a batch in order", async () => {
    const run = await lookup(
      ["--batch"],
      [
        '"Restore failed with Cloud Internal error"',
        '{"q":"npm ERR! code ERESOLVE","locale":"zh-TW"}',
        '{"q":"380008","locale":"zh-TW"}',
      ].join("\n"),
    );
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.locale, l.results[0]?.id ?? null])).toEqual([
      ["en", "cloud-internal-error"],
      ["zh-TW", null],
      ["zh-TW", "extension-install-needs-vm-agent"],
    ]);
  });
  it("exits 1 when nothing is relevant", async () => {
    const run = await lookup(["--json", "Segmentation fault (core dumped)"]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).results).toEqual([]);
  });
  it("exits 2 on a usage error", async () => {
    expect((await lookup(["--locale", "fr", "x"])).status).toBe(2);
    expect((await lookup(["--limit", "0", "x"])).status).toBe(2);
    expect((await lookup(["--bogus"])).status).toBe(2);
    expect((await lookup(["--batch", "x"])).status).toBe(2);
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    const run = await lookup([], tty);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("no QUERY and nothing on stdin");
  });
  it("exits 3 on an internal error, saying so on stderr", async () => {
    const broken = new Readable({ read: () => broken.destroy(new Error("EIO: i/o error, read")) });
    const run = await lookup([], broken);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("internal error");
    expect(run.stderr).toContain("EIO");
  });
});

describe("lookup in pipelines", () => {
  it("reads a 100 MB pipe only as far as the engine uses, and answers", async () => {
    const paste = "Snapshot operation failed due to VSS Writers in bad state\n";
    let sent = 0;
    const hundredMB = 100 * 1024 * 1024;
    const chunk = Buffer.from(paste + "y".repeat(64 * 1024 - paste.length));
    const stdin = new Readable({
      read() {
        if (sent >= hundredMB) return void this.push(null);
        sent += chunk.length;
        this.push(chunk);
      },
    });
    const run = await lookup(["--json"], stdin);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results[0].id).toBe("vss-writers-bad-state");
    expect(sent).toBeLessThan(1024 * 1024); // stopped after about 20,000 characters, not 100 MB
  });

  it("--json echoes what was searched, not the whole input", async () => {
    const noise = "Correlation ID 6f1c2a9e-0b1d-4c55-9f0e-3d2b1a0c9e8f\n".repeat(2000);
    const run = await lookup(["--json"], `UserErrorFsFreezeFailed\n${noise}`);
    const json = JSON.parse(run.stdout);
    expect(json.query).toContain("UserErrorFsFreezeFailed");
    expect(json.query.length).toBeLessThan(2000);
    expect(json.query).not.toContain("6f1c2a9e");
  });

  it("accepts a byte-order mark, in a paste and on batch line 1", async () => {
    expect((await lookup([], "\uFEFFUserErrorFsFreezeFailed")).status).toBe(0);
    const run = await lookup(["--batch"], '\uFEFF"UserErrorFsFreezeFailed"\n');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).results[0].id).toBe("fs-freeze-failed");
  });

  it("reports a bad batch line with its number, goes on, and exits 2 at the end", async () => {
    const run = await lookup(
      ["--batch"],
      ['"UserErrorFsFreezeFailed"', "{not json", '{"q":42}', '{"q":"x","locale":"fr"}', '"380008"'].join("\n"),
    );
    expect(run.status).toBe(2);
    expect(firstIds(run.stdout)).toEqual(["fs-freeze-failed", "extension-install-needs-vm-agent"]);
    expect(run.stderr).toMatch(/^line 2: not JSON$/m);
    expect(run.stderr).toMatch(/^line 3: expected a JSON string/m);
    expect(run.stderr).toMatch(/^line 4: unknown locale "fr"$/m);
  });

  it("skips a batch line too long to be a paste, without holding it in memory", async () => {
    const long = Readable.from([Buffer.from('"' + "a".repeat(100_000)), Buffer.from("a".repeat(100_000) + '"\n"380008"\n')]);
    const run = await lookup(["--batch"], long);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^line 1: longer than 160000 characters$/m);
    expect(JSON.parse(run.stdout).results[0].id).toBe("extension-install-needs-vm-agent");
  });

  it("delivers every batch line to a slow reader before finishing", async () => {
    const stdout = sink(1);
    const input = Array.from({ length: 500 }, (_, i) => JSON.stringify(i % 2 ? "UserErrorFsFreezeFailed" : "380008")).join("\n");
    const status = await runLookup(["--batch", "--limit", "1"], Readable.from([Buffer.from(input)]), stdout.stream, sink().stream);
    expect(status).toBe(0);
    expect(stdout.text().trim().split("\n")).toHaveLength(500);
  });

  it("reads input that arrives in bursts, split inside characters and lines", async () => {
    const bytes = Buffer.from('"快照集 UserErrorFsFreezeFailed"\n{"q":"380008","locale":"zh-TW"}\n');
    async function* bursts() {
      for (let i = 0; i < bytes.length; i += 5) {
        yield bytes.subarray(i, i + 5);
        if (i % 20 === 0) await sleep(2);
      }
    }
    const run = await lookup(["--batch"], Readable.from(bursts(), { objectMode: false }));
    expect(run.status).toBe(0);
    expect(firstIds(run.stdout)).toEqual(["fs-freeze-failed", "extension-install-needs-vm-agent"]);
  });
});

it("as a process: a real pipe with 1 MB arriving in bursts gives complete JSON and exit 0", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/lookup.ts", "--json"], { stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
  child.stdin.on("error", () => {});
  const exit = once(child, "exit");
  child.stdin.write("Snapshot operation failed due to VSS Writers in bad state\n");
  try {
    for (let i = 0; i < 16 && !child.stdin.destroyed; i++) {
      if (!child.stdin.write("z".repeat(64 * 1024))) await Promise.race([once(child.stdin, "drain"), exit]);
    }
    child.stdin.end();
  } catch {
    // EPIPE: the CLI stopped reading once it had what it uses
  }
  const [code] = await exit;
  expect(code).toBe(0);
  expect(JSON.parse(stdout).results[0].id).toBe("vss-writers-bad-state");
}, 60_000);
