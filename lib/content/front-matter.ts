import matter from "gray-matter";

/** gray-matter `eval`s `---js` front matter; content is data, so only YAML (and JSON) is read. */
const refuse = {
  parse(): never {
    throw new Error("JavaScript front matter is not allowed; write YAML");
  },
};
const options = { engines: { javascript: refuse, js: refuse } };

/** Front matter and body of a content file, with gray-matter's JavaScript engines disabled. */
export function readFrontMatter(text: string): matter.GrayMatterFile<string> {
  return matter(text, options);
}
