/**
 * npm run lighthouse: Lighthouse 12 (mobile preset) on the production build — home, a fix page and
 * a search link in both locales — interleaved with a reference page (a bare Next.js export built
 * from lighthouse/reference/), so speed is read relative to Next.js itself on the same machine.
 *
 * Gates (deterministic; fail the run): accessibility 100, SEO 100, best practices >= 95.
 * Benchmark (printed, never fails: it depends on the machine): performance, LCP and TBT next to the
 * reference's, with the targets LCP <= 1.3x the reference's and performance >= reference - 0.03.
 *
 * Plain JavaScript on purpose: Lighthouse runs functions in the page by their source text, which a
 * TypeScript loader (tsx) would rewrite into code the page cannot run.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumFlags, chromiumPath } from "../lib/chromium.ts";

const gates = { accessibility: 1, seo: 1, "best-practices": 0.95 };
const targets = { lcpRatio: 1.3, performanceDrop: 0.03 };
/** Scores vary from run to run; like Lighthouse CI, judge the median of several runs. */
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4173);
const referencePort = Number(process.env.LIGHTHOUSE_REFERENCE_PORT ?? port + 1);
const origin = `http://localhost:${port}`;
const referenceDir = join(process.cwd(), "lighthouse", "reference");
const reference = { name: "reference (bare Next.js)", url: `http://localhost:${referencePort}/` };
const pages = ["en", "zh-TW"].flatMap((locale) => [
  { name: `/${locale}`, url: `${origin}/${locale}` },
  { name: `/${locale}/backup/fs-freeze-failed`, url: `${origin}/${locale}/backup/fs-freeze-failed` },
  {
    name: `/${locale}/search?q=Snapshot operation failed…`,
    url: `${origin}/${locale}/search?q=${encodeURIComponent("Snapshot operation failed due to VSS Writers in bad state")}`,
  },
]);

/** Builds the reference export when it is missing or older than its sources (its own Next.js app, none of the portal's code). */
function buildReference() {
  const built = join(referenceDir, "out", "index.html");
  const sources = ["next.config.js", "app/layout.jsx", "app/page.jsx"].map((f) => join(referenceDir, f));
  if (existsSync(built) && sources.every((f) => statSync(f).mtimeMs < statSync(built).mtimeMs)) return;
  console.log("Building the reference page (lighthouse/reference)…");
  const result = spawnSync(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "build", referenceDir], {
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("reference build failed");
  // Served like the portal (page script policy, precompressed files) but left as Next.js ships it:
  // no scripts-after-paint, which is the portal's own work.
  const post = spawnSync(process.execPath, ["--import", "tsx", "scripts/postbuild.ts", join(referenceDir, "out"), "--bare"], {
    stdio: "inherit",
  });
  if (post.status !== 0) throw new Error("reference postbuild failed");
}

/** Serves an export with `npm start`'s own server, so the portal and the reference are served alike. */
function serve(root, servePort) {
  return spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: { ...process.env, PORT: String(servePort), ...(root && { OUT_DIR: root }) },
    stdio: "inherit",
  });
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not start at ${url}`);
}

/** Median of the runs that produced the value (a run that errored, e.g. NO_LCP, counts as 0 for scores). */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function summarize(results) {
  const metric = (pick) => median(results.map((r) => pick(r) ?? 0));
  return {
    performance: metric((r) => r.categories.performance.score),
    lcp: metric((r) => r.audits["largest-contentful-paint"].numericValue),
    tbt: metric((r) => r.audits["total-blocking-time"].numericValue),
    gates: Object.fromEntries(Object.keys(gates).map((key) => [key, metric((r) => r.categories[key]?.score)])),
    /** What cost points in a gated category, from the last run, to say why a gate failed. */
    misses: (key) => {
      const { categories, audits } = results.at(-1);
      return categories[key].auditRefs
        .map((ref) => audits[ref.id])
        .filter((audit, i) => categories[key].auditRefs[i].weight > 0 && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
    },
    errors: results.map((r) => r.runtimeError?.code).filter(Boolean),
  };
}

async function main() {
  buildReference();
  const server = serve(undefined, port);
  const referenceServer = serve(join(referenceDir, "out"), referencePort);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ["--headless=new", ...chromiumFlags],
  });
  const all = [reference, ...pages];
  const results = new Map(all.map((page) => [page, []]));
  try {
    await waitFor(`${origin}/en`, 300_000);
    await waitFor(reference.url, 10_000);
    // Interleaved: every round measures every page once, so a busy moment hits all of them alike.
    for (let round = 1; round <= runs; round++) {
      process.stdout.write(`round ${round}/${runs}…\n`);
      for (const page of all) {
        const { lhr } = await lighthouse(page.url, { port: chrome.port, output: "json", logLevel: "error", maxWaitForLoad: 30_000 });
        results.get(page).push(lhr);
      }
    }
  } finally {
    await chrome.kill();
    server.kill();
    referenceServer.kill();
  }

  // The table is printed and kept in docs/figures/lighthouse.txt, which README points at.
  const report = [];
  const log = (line) => {
    console.log(line);
    report.push(line);
  };
  const ref = summarize(results.get(reference));
  const ms = (value) => `${Math.round(value)} ms`;
  log(`\nLighthouse 12 (mobile preset), median of ${runs} interleaved runs; reference: a bare Next.js page built in the same run.\n`);
  log("| page | performance (ref) | LCP (ref) | LCP ratio | TBT (ref) | a11y / BP / SEO | speed target |");
  log("| --- | --- | --- | --- | --- | --- | --- |");
  log(`| ${reference.name} | ${ref.performance.toFixed(2)} | ${ms(ref.lcp)} | 1.00 | ${ms(ref.tbt)} | | |`);
  const failures = [];
  for (const page of pages) {
    const s = summarize(results.get(page));
    const lcpRatio = s.lcp / ref.lcp;
    const onTarget = lcpRatio <= targets.lcpRatio && s.performance >= ref.performance - targets.performanceDrop;
    const gateScores = Object.keys(gates).map((key) => Math.round(s.gates[key] * 100));
    for (const [key, min] of Object.entries(gates)) {
      if (s.gates[key] < min)
        failures.push(`${page.name}: ${key} ${Math.round(s.gates[key] * 100)} < ${min * 100}: ${s.misses(key).join(", ")}`);
    }
    if (s.errors.length > 0) failures.push(`${page.name}: Lighthouse errors ${s.errors.join(", ")}`);
    log(
      `| ${page.name} | ${s.performance.toFixed(2)} (${ref.performance.toFixed(2)}) | ${ms(s.lcp)} (${ms(ref.lcp)}) | ${lcpRatio.toFixed(2)} | ${ms(s.tbt)} (${ms(ref.tbt)}) | ${gateScores[0]} / ${gateScores[2]} / ${gateScores[1]} | ${onTarget ? "met" : "missed"} |`,
    );
  }
  log(
    `\nspeed target (benchmark only, never fails): LCP <= ${targets.lcpRatio}x the reference's and performance >= reference - ${targets.performanceDrop}`,
  );
  log(`gates: accessibility 100, SEO 100, best practices >= 95 (median of ${runs})`);
  mkdirSync(join(process.cwd(), "docs", "figures"), { recursive: true });
  writeFileSync(
    join(process.cwd(), "docs", "figures", "lighthouse.txt"),
    [`# npm run lighthouse, ${new Date().toISOString().slice(0, 10)}`, ...report, ""].join("\n"),
  );
  if (failures.length > 0) console.error(`\n${failures.join("\n")}`);
  return failures.length > 0;
}

main().then(
  (failed) => process.exit(failed ? 1 : 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
