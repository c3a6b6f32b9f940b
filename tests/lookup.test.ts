import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const lookup = (args: string[], input?: string) => {
  const run = spawnSync("npx", ["tsx", "scripts/lookup.ts", ...args], { input, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe("npm run lookup", () => {
  it("prints JSON for a query and exits 0 on a match", () => {
    const run = lookup(["--json", "--locale", "zh-TW", "UserErrorFsFreezeFailed"]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ query: "UserErrorFsFreezeFailed", locale: "zh-TW", codes: ["UserErrorFsFreezeFailed"] });
    expect(json.results[0]).toMatchObject({ id: "fs-freeze-failed", url: "/zh-TW/backup/fs-freeze-failed", category: "backup", source: [{ section: "backup", row: 19 }] });
  });
  it("reads one paste from stdin and prints the steps", () => {
    const run = lookup([], '{"error":{"code":"Unknown","message":"Snapshot operation failed due to VSS Writers in bad state"}}');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("/en/backup/vss-writers-bad-state");
    expect(run.stdout).toMatch(/^1\. .*vssadmin list writers/m);
    expect(run.stdout).toContain("     net stop serviceName");
  });
  it("answers each JSON line of a batch in order", () => {
    const run = lookup(["--batch"], ['"Restore failed with Cloud Internal error"', '{"q":"npm ERR! code ERESOLVE","locale":"zh-TW"}', '{"q":"380008","locale":"zh-TW"}'].join("\n"));
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.locale, l.results[0]?.id ?? null])).toEqual([
      ["en", "cloud-internal-error"],
      ["zh-TW", null],
      ["zh-TW", "extension-install-needs-vm-agent"],
    ]);
  });
  it("exits 1 when nothing is relevant", () => {
    const run = lookup(["--json", "Segmentation fault (core dumped)"]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).results).toEqual([]);
  });
  it("exits 2 on a usage error", () => {
    expect(lookup(["--locale", "fr", "x"]).status).toBe(2);
    expect(lookup(["--limit", "0", "x"]).status).toBe(2);
    expect(lookup(["--bogus"]).status).toBe(2);
  });
});
