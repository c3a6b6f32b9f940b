/** npm run ingest: regenerate content/zh-TW from the article and its editorial layer. Idempotent. */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { readArticleFiles } from "../lib/content/article-files";
import { contentPaths } from "../lib/content/paths";
import { ingest } from "../lib/ingest/ingest";

const { markdown, reference, editorial } = readArticleFiles();
const files = ingest(markdown, reference, editorial);
const outDir = join(contentPaths.root, "zh-TW");
const wanted = new Set(files.map((f) => join(outDir, f.path)));
let changed = 0;
for (const file of files) {
  const path = join(outDir, file.path);
  if (existsSync(path) && readFileSync(path, "utf8") === file.contents) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.contents);
  changed++;
  console.log(`wrote ${relative(process.cwd(), path)}`);
}
for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath, entry.name);
  if (entry.isFile() && path.endsWith(".mdx") && !wanted.has(path)) {
    rmSync(path);
    changed++;
    console.log(`removed ${relative(process.cwd(), path)}`);
  }
}
console.log(`${files.length} entries, ${changed} file(s) changed`);
