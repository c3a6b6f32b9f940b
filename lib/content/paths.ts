import { join } from "node:path";

const root = join(process.cwd(), "content");

export const contentPaths = {
  root,
  article: join(root, "article", "backup-azure-vms-troubleshoot.zh-TW.md"),
  reference: join(root, "article", "en-error-messages.json"),
  glossary: join(root, "article", "glossary.zh-TW.json"),
  corrections: join(root, "article", "corrections.zh-TW.json"),
  browse: join(root, "browse.json"),
};
