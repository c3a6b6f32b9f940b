import { z } from "zod";

/** content/article/en-error-messages.json: the service's English messages and error codes for each table row of the article. */
const referenceSchema = z.object({
  rows: z.array(
    z.object({
      section: z.string(),
      row: z.number().int().positive(),
      en: z.array(z.string().min(1)).min(1),
      codes: z.array(z.string()),
    }),
  ),
});
export type Reference = z.infer<typeof referenceSchema>;

export function parseReference(json: string): Reference {
  return referenceSchema.parse(JSON.parse(json));
}
