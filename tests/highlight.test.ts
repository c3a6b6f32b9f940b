import { describe, expect, it } from "vitest";
import { bestSnippet, splitByRanges, wholeWordRanges } from "@/lib/search/highlight";

describe("highlight", () => {
  it("picks the line where most of the query matched", () => {
    const value = "Title here \n Snapshot operation failed \n other";
    const start = value.indexOf("Snapshot");
    const snippet = bestSnippet({
      key: "message",
      value,
      indices: [
        [0, 4],
        [start, start + 7],
        [start + 9, start + 17],
      ],
    });
    expect(snippet?.text).toBe("Snapshot operation failed");
    expect(snippet?.ranges).toEqual([
      [0, 7],
      [9, 17],
    ]);
  });
  it("splits text into plain and marked parts without HTML", () => {
    expect(splitByRanges("<b>vss</b> writer", [[3, 5]])).toEqual([
      { text: "<b>", marked: false },
      { text: "vss", marked: true },
      { text: "</b> writer", marked: false },
    ]);
  });
  it("marks whole meaningful words: not filler words, not fragments", () => {
    const text = "The VM agent is not responding to the snapshot request";
    const at = (word: string) => text.indexOf(word);
    const ranges: [number, number][] = [
      [at("The"), at("The") + 2],
      [at("VM"), at("VM") + 1],
      [at("agent"), at("agent") + 3], // most of "agent": the whole word
      [at("not"), at("not") + 2],
      [at("responding") + 2, at("responding") + 4], // "spo" inside "responding": a fragment
      [at("snapshot"), at("snapshot") + 7],
    ];
    const marked = wholeWordRanges(text, ranges).map(([a, b]) => text.slice(a, b + 1));
    expect(marked).toEqual(["VM", "agent", "snapshot"]);
  });
  it("keeps Chinese tokens of two characters or more, without filler", () => {
    const text = "快照集作業失敗，因為 VSS 寫入器";
    const marked = wholeWordRanges(text, [
      [0, 2],
      [5, 5],
      [8, 9],
      [11, 13],
      [15, 17],
    ]).map(([a, b]) => text.slice(a, b + 1));
    expect(marked).toEqual(["快照集", "VSS", "寫入器"]);
  });
});
