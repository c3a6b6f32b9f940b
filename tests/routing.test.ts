import { learnUrl } from "@/lib/article/learn";
import { describe, expect, it } from "vitest";
import { localeFromLanguages } from "@/lib/locale-preference";
import { routes, switchLocalePath } from "@/lib/routes";
import { candidateFiles, notFoundFile } from "@/lib/static-files";

describe("locale choice", () => {
  it("prefers zh-TW for any Chinese preference and English otherwise", () => {
    expect(localeFromLanguages(["zh-HK", "en"])).toBe("zh-TW");
    expect(localeFromLanguages(["zh-Hant-TW"])).toBe("zh-TW");
    expect(localeFromLanguages(["fr-FR", "en-GB"])).toBe("en");
    expect(localeFromLanguages(["de"])).toBe("en");
    expect(localeFromLanguages([])).toBe("en");
  });
});

describe("routes", () => {
  it("switches the locale of any path", () => {
    expect(switchLocalePath("/zh-TW/backup/fs-freeze-failed", "en")).toBe("/en/backup/fs-freeze-failed");
    expect(switchLocalePath("/en", "zh-TW")).toBe("/zh-TW");
  });
  it("encodes search queries", () => {
    expect(routes.search("en", "a&b c")).toBe("/en/search?q=a%26b%20c");
  });
});

describe("static file resolution", () => {
  it("maps clean URLs to export files", () => {
    expect(candidateFiles("/")).toEqual(["/index.html"]);
    expect(candidateFiles("/en/backup/")).toEqual(["/en/backup", "/en/backup.html", "/en/backup/index.html"]);
  });
  it("refuses malformed encoding and traversal", () => {
    expect(candidateFiles("/%E0%A4%A")).toBeUndefined();
    expect(candidateFiles("/../etc/passwd")).toBeUndefined();
    expect(candidateFiles("/%2e%2e/secret")).toBeUndefined();
    expect(candidateFiles("/a%00b")).toBeUndefined();
  });
  it("picks the localized 404", () => {
    expect(notFoundFile("/en/nope")).toBe("/en/404.html");
    expect(notFoundFile("/zh-TW/backup/nope")).toBe("/zh-TW/404.html");
    expect(notFoundFile("/fr/x")).toBe("/404.html");
  });
});

describe("learnUrl", () => {
  it("puts a catalogue link in the page's language, with or without a locale segment", () => {
    const anchor = "https://learn.microsoft.com/azure/backup/backup-azure-vms-troubleshoot#usererrorunsupporteddisksize";
    expect(learnUrl(anchor, "zh-TW")).toBe(
      "https://learn.microsoft.com/zh-tw/azure/backup/backup-azure-vms-troubleshoot#usererrorunsupporteddisksize",
    );
    expect(learnUrl(anchor.replace(".com/", ".com/de-de/"), "en")).toBe(anchor.replace(".com/", ".com/en-us/"));
  });
});
