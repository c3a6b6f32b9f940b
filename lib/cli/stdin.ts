import type { Readable } from "node:stream";

/**
 * Reads text from a stream until `maxChars` characters (one more, so the caller can tell there was
 * more), then stops reading and releases the stream: a 600 MB pipe costs what is used, not 1.2 GB.
 * Streams, so a non-blocking descriptor (a pipe) never hits EAGAIN; a byte-order mark is dropped.
 */
export async function readText(input: Readable, maxChars: number): Promise<string> {
  const decoder = new TextDecoder("utf-8");
  let text = "";
  for await (const chunk of input) {
    text += decoder.decode(chunk as Uint8Array, { stream: true });
    if (text.length > maxChars) {
      input.destroy();
      return text.slice(0, maxChars + 1);
    }
  }
  return text + decoder.decode();
}

export type Line = { number: number; text: string } | { number: number; tooLong: true };

/**
 * Yields the stream's lines as they arrive (a batch is answered while it is still being written),
 * with a bounded memory: a line longer than `maxChars` is reported as too long and skipped.
 */
export async function* readLines(input: Readable, maxChars: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let number = 1;
  let skipping = false;
  const flush = function* (text: string, complete: boolean): Generator<Line> {
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      yield skipping || end - start > maxChars ? { number, tooLong: true } : { number, text: text.slice(start, end).replace(/\r$/, "") };
      skipping = false;
      number++;
      start = end + 1;
    }
    pending = text.slice(start);
    if (pending.length > maxChars && !skipping) skipping = true;
    if (skipping) pending = "";
    if (complete && (pending || skipping)) yield skipping ? { number, tooLong: true } : { number, text: pending };
  };
  for await (const chunk of input) yield* flush(pending + decoder.decode(chunk as Uint8Array, { stream: true }), false);
  yield* flush(pending + decoder.decode(), true);
}
