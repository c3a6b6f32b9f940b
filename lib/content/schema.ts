import { z } from "zod";
import { categories, errorCategories } from "./categories";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase kebab-case slug");

export const sourceSchema = z
  .object({
    section: z.string().min(1).describe("The article's own anchor name of the section"),
    row: z.number().int().positive().optional().describe("1-based row within the section's table"),
  })
  .strict();

export const frontmatterSchema = z
  .object({
    id: slug.describe("Stable slug shared by both locales; the page URL"),
    category: z.enum(categories).describe("Section of the article the entry belongs to"),
    title: z.string().min(1),
    errors: z.array(z.string().min(1)).describe("Error messages exactly as the service prints them"),
    codes: z.array(z.string().regex(/^[A-Za-z0-9]+$/, "must be a bare error code")),
    source: sourceSchema,
    summary: z.string().min(1).describe("One line shown in lists and previews"),
    related: z.array(slug).default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    const isError = (errorCategories as readonly string[]).includes(data.category);
    if (isError && data.errors.length === 0) {
      ctx.addIssue({ code: "custom", path: ["errors"], message: "an error entry needs at least one error message" });
    }
    if (isError !== (data.source.row !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["source", "row"], message: "table rows have a row number, guides do not" });
    }
    if (data.category !== "guides" && data.source.section !== data.category) {
      ctx.addIssue({ code: "custom", path: ["source", "section"], message: `must be "${data.category}"` });
    }
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type EntrySource = z.infer<typeof sourceSchema>;
