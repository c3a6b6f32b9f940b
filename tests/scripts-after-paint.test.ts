import { describe, expect, it } from "vitest";
import { scriptsStartedAfterPaint, withScriptsAfterPaint } from "@/lib/scripts-after-paint";

const page =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>' +
  '<script src="/_next/static/chunks/one.js" async=""></script><script src="/_next/static/chunks/two.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
  "<body><main><h1>Fix</h1></main><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>";

describe("framework scripts started after first paint", () => {
  const html = withScriptsAfterPaint(page);

  it("takes every async script and script preload out of the markup, leaving the rest as it was", () => {
    expect(html).not.toMatch(/<script src="[^"]+" async=""|rel="preload" as="script"/);
    expect(html).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(html).toContain('<link rel="stylesheet" href="/a.css"/>');
    expect(html).toContain("<main><h1>Fix</h1></main><script>(self.__next_f=self.__next_f||[]).push([0])</script>");
  });

  it("starts them, in their order, from one inline loader at the end of <body>", () => {
    expect(html).toMatch(/<script>\(function\(s,p\)\{[^<]*requestAnimationFrame[^<]*<\/script><\/body>/);
    expect(scriptsStartedAfterPaint(html)).toEqual([
      "/_next/static/chunks/one.js",
      "/_next/static/chunks/two.js",
      "/_next/static/chunks/late.js",
    ]);
  });

  it("fails loudly when a page has no framework scripts (Next.js changed its markup)", () => {
    expect(() => withScriptsAfterPaint("<html><head></head><body></body></html>")).toThrow(/no async framework scripts/);
    expect(scriptsStartedAfterPaint(page)).toEqual([]);
  });
});
