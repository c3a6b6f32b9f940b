import Fuse from "fuse.js";
import { loadContent } from "./lib/content/source";
import { buildSearchIndexes } from "./lib/search/build";
import { searchKeys } from "./lib/search/documents";
import { normalizeText, tokenize } from "./lib/search/normalize";
const idx = buildSearchIndexes(loadContent());
const f = new Fuse(idx.en.docs, { keys: [...searchKeys], useTokenSearch: true, tokenize, ignoreLocation: true, includeScore: true, includeMatches: true, threshold: 0.3, minMatchCharLength: 2 }, Fuse.parseIndex(idx.en.index));
for (const q of process.argv.slice(2)) { const r = f.search(normalizeText(q), {limit: 3}); console.log(q.slice(0, 40), tokenize(q), r.map(r => `${r.item.id}:${r.score?.toFixed(3)}[${r.matches?.map(m=>m.key).join(",")}]`).join(" ")); }
