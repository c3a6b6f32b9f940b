/** Runs before `next build`: fails on any content problem (naming the file), then writes the search indexes. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ContentError } from "../lib/content/entries";
import { loadSearchData } from "../lib/content/search-data";
import { loadContent } from "../lib/content/source";
import { locales } from "../lib/i18n";
import { buildSearchIndexes } from "../lib/search/build";
import { searchIndexPath } from "../lib/search/index-url";

try {
  const entries = loadContent();
  const indexes = buildSearchIndexes(entries, loadSearchData(entries));
  for (const locale of locales) {
    const file = join(process.cwd(), "public", searchIndexPath(locale));
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, JSON.stringify(indexes[locale]));
  }
  console.log(`content ok: ${entries.length} pages; search indexes written to public/search/`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
