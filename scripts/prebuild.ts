/** Runs before `next build`: fails on any content problem, naming the file. */
import { ContentError } from "../lib/content/entries";
import { loadContent } from "../lib/content/source";

try {
  const entries = loadContent();
  console.log(`content ok: ${entries.length} pages`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
