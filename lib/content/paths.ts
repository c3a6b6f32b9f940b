import { join } from "node:path";

const root = join(process.cwd(), "content");

export const contentPaths = {
  root,
  seed: join(root, "source", "backup-azure-vms-troubleshoot.zh-TW.md"),
  reference: join(root, "source", "en-error-messages.json"),
  browse: join(root, "browse.json"),
};
