import { describe, expect, it } from "vitest";
import { foldText, matchesFilter } from "@/lib/list-filter";

describe("category filter", () => {
  const text = foldText("Failed to freeze mount points · UserErrorFsFreezeFailed · Linux · SELinux blocks it · 快照集作業失敗");
  it("keeps everything for an empty filter", () => expect(matchesFilter(text, "  ")).toBe(true));
  it("needs every word, each at the start of a word, case- and width-insensitive", () => {
    expect(matchesFilter(text, "FREEZE linux")).toBe(true);
    expect(matchesFilter(text, "ｕｓｅｒｅｒｒｏｒ")).toBe(true);
    expect(matchesFilter(text, "freeze windows")).toBe(false);
    expect(matchesFilter(foldText("SELinux blocks the extension"), "linux")).toBe(false);
  });
  it("finds Chinese anywhere in the text", () => expect(matchesFilter(text, "作業")).toBe(true));
});
