import { describe, expect, it } from "vitest";
import { bestSnippet, splitByRanges } from "@/lib/search/highlight";

describe("highlight", () => {
  it("picks the line where most of the query matched", () => {
    const value = "Title here \n Snapshot operation failed \n other";
    const start = value.indexOf("Snapshot");
    const snippet = bestSnippet({ key: "message", value, indices: [[0, 4], [start, start + 7], [start + 9, start + 17]] });
    expect(snippet?.text).toBe("Snapshot operation failed");
    expect(snippet?.ranges).toEqual([[0, 7], [9, 17]]);
  });
  it("splits text into plain and marked parts without HTML", () => {
    expect(splitByRanges("<b>vss</b> writer", [[3, 5]])).toEqual([
      { text: "<b>", marked: false },
      { text: "vss", marked: true },
      { text: "</b> writer", marked: false },
    ]);
  });
});
