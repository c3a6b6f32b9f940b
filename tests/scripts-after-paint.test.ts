import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { scriptsStartedAfterPaint, withScriptsAfterPaint } from "@/lib/scripts-after-paint";

const page =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>' +
  '<script src="/_next/static/chunks/one.js" async=""></script><script src="/_next/static/chunks/two.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
  "<body><main><h1>Fix</h1></main><script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script src="/_next/static/chunks/boot.js" async=""></script></body></html>';

/** Runs a page's loader against a stand-in browser and reports what it appended, and when. */
function runLoader(html: string, { hidden = false, search = "" } = {}) {
  const code = /<script>(\(function\(s,p,q\)[^<]*)<\/script><\/body>/.exec(html)![1];
  const appended: string[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const listeners: (() => void)[] = [];
  const document = {
    visibilityState: hidden ? "hidden" : "visible",
    createElement: () => ({}) as Record<string, string>,
    head: { appendChild: (e: { src?: string; href?: string; rel?: string }) => appended.push(e.rel ? `preload ${e.href}` : `${e.src}`) },
    addEventListener: (_: string, f: () => void) => listeners.push(f),
  };
  runInNewContext(code, {
    document,
    location: { search },
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void) => timers.push(f),
  });
  const frame = () => frames.splice(0).forEach((f) => f());
  return { appended, frame, timers, listeners };
}

describe("framework scripts started after first paint", () => {
  const html = withScriptsAfterPaint(page);

  it("takes every async script and script preload out of the markup, leaving the rest as it was", () => {
    expect(html).not.toMatch(/<script src="[^"]+" async=""|rel="preload" as="script"/);
    expect(html).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(html).toContain('<link rel="stylesheet" href="/a.css"/>');
    expect(html).toContain("<main><h1>Fix</h1></main><script>(self.__next_f=self.__next_f||[]).push([0])</script>");
  });

  it("lists them, in their order, in one inline loader at the end of <body>; a preload of a script it starts is dropped", () => {
    expect(scriptsStartedAfterPaint(html)).toEqual({
      firstLoad: [
        "/_next/static/chunks/one.js",
        "/_next/static/chunks/two.js",
        "/_next/static/chunks/boot.js",
        "/_next/static/chunks/late.js",
      ],
      forSearch: [],
    });
  });

  it("on a search link only, also preloads what its results need (the search page's engine)", () => {
    const search = withScriptsAfterPaint(page, [
      "/_next/static/chunks/engine.js",
      "/_next/static/chunks/late.js",
      "/_next/static/chunks/one.js",
    ]);
    expect(scriptsStartedAfterPaint(search).forSearch).toEqual(["/_next/static/chunks/engine.js"]);
    const link = runLoader(search, { search: "?q=VSS" });
    link.frame();
    link.frame();
    expect(link.appended.slice(3)).toEqual(["preload /_next/static/chunks/late.js", "preload /_next/static/chunks/engine.js"]);
    const plain = runLoader(search, { search: "?x=1" });
    plain.frame();
    plain.frame();
    expect(plain.appended).not.toContain("preload /_next/static/chunks/engine.js");
  });

  it("starts them after the first frame has been painted, once", () => {
    const run = runLoader(html);
    expect(run.appended).toEqual([]);
    run.frame(); // the first frame: not painted yet
    expect(run.appended).toEqual([]);
    run.frame();
    expect(run.appended).toEqual([
      "/_next/static/chunks/one.js",
      "/_next/static/chunks/two.js",
      "/_next/static/chunks/boot.js",
      "preload /_next/static/chunks/late.js",
    ]);
    run.timers.forEach((f) => f());
    run.listeners.forEach((f) => f());
    expect(run.appended).toHaveLength(4);
  });

  it("waits for the first paint on a search link too: its query is in the box already", () => {
    const run = runLoader(html, { search: "?q=VSS" });
    expect(run.appended).toEqual([]);
    run.frame();
    run.frame();
    expect(run.appended).toHaveLength(4);
  });

  it("starts them at once in a hidden tab, and after a while if frames never come", () => {
    expect(runLoader(html, { hidden: true }).appended).toHaveLength(4);
    const frameless = runLoader(html);
    frameless.timers.forEach((f) => f());
    expect(frameless.appended).toHaveLength(4);
    const hiddenLater = runLoader(html);
    hiddenLater.listeners.forEach((f) => f());
    expect(hiddenLater.appended).toHaveLength(4);
  });

  it("fails loudly when Next.js's markup changed: no framework scripts, or one it would leave to start early", () => {
    expect(() => withScriptsAfterPaint("<html><head></head><body></body></html>")).toThrow(/no async framework scripts/);
    expect(() => withScriptsAfterPaint(page.replace("<head>", '<head><script src="/x.js" async="" crossorigin=""></script>'))).toThrow(
      /would still start before paint/,
    );
    expect(scriptsStartedAfterPaint(page)).toEqual({ firstLoad: [], forSearch: [] });
  });
});
