import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security-headers";

describe("Azure Static Web Apps configuration", () => {
  const config = JSON.parse(readFileSync(join(process.cwd(), "public", "staticwebapp.config.json"), "utf8"));
  it("sends exactly the headers the local server sends", () => {
    expect(config.globalHeaders).toEqual(securityHeaders);
  });
  it("serves the 404 page for unknown paths", () => {
    expect(config.responseOverrides["404"]).toEqual({ rewrite: "/404.html", statusCode: 404 });
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
  it("uses dangerouslySetInnerHTML only for the constant theme boot script", () => {
    const uses = ["app", "components", "lib"]
      .flatMap((dir) => sources(join(process.cwd(), dir)))
      .flatMap((file) => readFileSync(file, "utf8").split("\n").filter((line) => line.includes("dangerouslySetInnerHTML")).map((line) => `${file.slice(process.cwd().length + 1)}: ${line.trim()}`));
    expect(uses).toEqual(["app/[locale]/layout.tsx: <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />"]);
  });
});
