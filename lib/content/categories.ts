/** Error tables of the article, in its order, then the prose guides. */
export const errorCategories = ["backup", "jobs", "restore"] as const;
export const categories = [...errorCategories, "guides"] as const;
export type ErrorCategory = (typeof errorCategories)[number];
export type Category = (typeof categories)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === "string" && (categories as readonly string[]).includes(value);
}
