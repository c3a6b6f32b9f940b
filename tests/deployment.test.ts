import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withPagePolicy } from "@/lib/page-csp";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security-headers";
import { productionSiteUrl } from "@/lib/site";

describe("Azure Static Web Apps configuration", () => {
  const config = JSON.parse(readFileSync(join(process.cwd(), "public", "staticwebapp.config.json"), "utf8"));
  it("sends exactly the headers the local server sends", () => {
    expect(config.globalHeaders).toEqual(securityHeaders);
  });
  it("serves the 404 page for unknown paths", () => {
    expect(config.responseOverrides["404"]).toEqual({ rewrite: "/404.html", statusCode: 404 });
  });
});

describe("deploy/nginx.conf", () => {
  const conf = readFileSync(join(process.cwd(), "deploy", "nginx.conf"), "utf8");
  it("sends exactly the headers the local server sends, on every response", () => {
    const sent = Object.fromEntries([...conf.matchAll(/^\s*add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]));
    expect(sent).toEqual(securityHeaders);
  });
});

describe("production builds", () => {
  it("need SITE_URL, an absolute http(s) URL", () => {
    expect(() => productionSiteUrl(undefined)).toThrow(/SITE_URL is required/);
    expect(() => productionSiteUrl("")).toThrow(/SITE_URL is required/);
    expect(() => productionSiteUrl("backup-help.example.com")).toThrow(/not an absolute URL/);
    expect(() => productionSiteUrl("javascript:alert(1)")).toThrow(/http\(s\)/);
    expect(productionSiteUrl("https://backup-help.example.com")).toBe("https://backup-help.example.com");
  });
});

describe("each page's script policy", () => {
  const page =
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/static/a.js"></script><script>self.boot=1</script></head><body><script type="application/ld+json">{}</script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';
  it("hashes every inline script exactly, and no external one", () => {
    expect(inlineScriptHashes(page)).toEqual([
      createHash("sha256").update("self.boot=1").digest("base64"),
      createHash("sha256").update("{}").digest("base64"),
      createHash("sha256").update("(self.__next_f=self.__next_f||[]).push([0])").digest("base64"),
    ]);
  });
  it("puts the policy right after <meta charset>, before any script, without 'unsafe-inline' for scripts", () => {
    const html = withPagePolicy(page);
    const meta = /<meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]+)"\/><script/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const scriptSrc = meta!.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update("self.boot=1").digest("base64")}'`);
    expect(scriptSrc).not.toContain("unsafe");
    expect(meta).toContain("default-src 'self'");
    expect(() => withPagePolicy(html)).toThrow(/already/);
  });
});

describe("Content-Security-Policy", () => {
  it("allows no eval and no framing", () => {
    expect(contentSecurityPolicy).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
  });
});

describe("no raw HTML from content or queries", () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.tsx?$/.test(d.name))
      .map((d) => join(d.parentPath, d.name));
  it("uses dangerouslySetInnerHTML only for the constant boot scripts (theme, shared query)", () => {
    const uses = ["app", "components", "lib"]
      .flatMap((dir) => sources(join(process.cwd(), dir)))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .filter((line) => /dangerouslySetInnerHTML\s*=/.test(line))
          .map((line) => `${file.slice(process.cwd().length + 1)}: ${line.trim()}`),
      );
    expect(uses).toEqual([
      "app/[locale]/layout.tsx: <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />",
      "components/site-search.tsx: <script dangerouslySetInnerHTML={{ __html: sharedQueryBootScript }} />",
    ]);
  });
});
