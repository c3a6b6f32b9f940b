import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { z } from "zod";
import { ContentError } from "./entries";

/** A JSON content file checked against its schema; every problem names the file. */
export function readContentJson<T>(path: string, schema: z.ZodType<T>, projectRoot = process.cwd()): T {
  const file = relative(projectRoot, path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ContentError([{ file, message: `cannot be read as JSON: ${(error as Error).message}` }]);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ContentError(result.error.issues.map((i) => ({ file, message: `${i.path.join(".") || "(root)"}: ${i.message}` })));
  }
  return result.data;
}
