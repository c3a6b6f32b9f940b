import { existsSync, readFileSync, readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Dependencies run one way: lib/content (what pages read) never reaches lib/ingest (parse5,
 * remark-stringify), components never import Node-only code, and nothing a browser runs ("use
 * client" modules and what they import) reaches Node built-ins, lib/ingest or the content loader.
 */
const root = process.cwd();
const sourceDirs = ["app", "components", "lib", "hooks"];
const extensions = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function sourceFiles(dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.tsx?$/.test(d.name))
    .map((d) => relative(root, join(d.parentPath, d.name)).split("\\").join("/"));
}

/** Import specifiers of a file, type-only imports excluded (they vanish at build). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8")
    .replace(/^\s*import\s+type\s[^;]+;/gm, "")
    .replace(/^\s*export\s+type\s[^;]+from\s+[^;]+;/gm, "");
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** A project file for a relative or `@/` specifier; a package or built-in name otherwise. */
function resolveImport(from: string, specifier: string): string {
  const base = specifier.startsWith("@/")
    ? join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? resolve(root, dirname(from), specifier)
      : undefined;
  if (!base) return specifier;
  const found = ["", ...extensions].map((ext) => base + ext).find((p) => existsSync(p) && /\.tsx?$/.test(p));
  return found ? relative(root, found).split("\\").join("/") : specifier;
}

const files = sourceDirs.flatMap(sourceFiles);
const graph = new Map(files.map((file) => [file, importsOf(file).map((s) => resolveImport(file, s))]));

/** Every module a file reaches, with the path that reaches it. */
function reach(file: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const next of graph.get(current) ?? []) {
      if (seen.has(next)) continue;
      seen.set(next, [...seen.get(current)!, next]);
      if (graph.has(next)) queue.push(next);
    }
  }
  return seen;
}

const nodeOnly = (module: string) =>
  module.startsWith("node:") ||
  builtinModules.includes(module) ||
  module.startsWith("lib/ingest/") ||
  module === "lib/content/source.ts" ||
  module === "lib/content/entries.ts";

/** Wrong-way imports of the project, as "file → … → module" lines; empty when the rules hold. */
function wrongWayImports(): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const reached = reach(file);
    if (file.startsWith("lib/content/")) {
      for (const [dependency, path] of reached)
        if (dependency.startsWith("lib/ingest/")) problems.push(`lib/content must not import lib/ingest: ${path.join(" → ")}`);
    }
    if (file.startsWith("components/")) {
      for (const dependency of graph.get(file)!)
        if (dependency.startsWith("node:") || builtinModules.includes(dependency) || dependency.startsWith("lib/ingest/"))
          problems.push(`components must not import Node-only ${dependency}: ${file}`);
    }
    if (/^\s*["']use client["']/.test(readFileSync(join(root, file), "utf8"))) {
      for (const [dependency, path] of reached)
        if (nodeOnly(dependency)) problems.push(`browser code must not reach Node-only ${dependency}: ${path.join(" → ")}`);
    }
  }
  return problems;
}

describe("one-way dependencies", () => {
  it("sees the project's modules and their imports", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get("lib/ingest/ingest.ts")).toContain("lib/article/parse.ts");
    expect(graph.get("components/entry-article.tsx")).toContain("lib/content/source.ts");
  });
  it("holds: content does not import ingest; components and browser code import nothing Node-only", () => {
    expect(wrongWayImports()).toEqual([]);
  });
});
