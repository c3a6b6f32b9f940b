/**
 * Every element an entry's MDX may use, with the attributes it may carry in the source: the
 * content check rejects anything else, and components/mdx/mdx-content.tsx must render each
 * component listed here (its component map is typed against this list).
 * A new component is one line here and one there.
 */
export const mdxComponents = {
  Fix: [],
  Cause: [],
  Note: [],
  Steps: [],
  Step: [],
  Alternatives: [],
  Option: [],
  Causes: [],
  PossibleCause: [],
  Remedy: [],
} as const satisfies Record<string, readonly string[]>;

/** Plain HTML elements content may write: the guides' sub-headings, anchored by their article id. */
export const htmlElements = {
  h2: ["id"],
} as const satisfies Record<string, readonly string[]>;

export type MdxComponentName = keyof typeof mdxComponents;

/** URL schemes a link or image in content may use; anything else (javascript:, data:, …) is refused. */
export const allowedUrlSchemes = ["http", "https", "mailto"];
