import Fuse, { type FuseIndex } from "fuse.js";
import type { Locale } from "../i18n";
import { displayDoc, searchKeys, type IndexedDoc, type SearchDoc } from "./documents";

/** The static file the browser fetches on first search: display docs plus fuse.js's own index. */
export interface SerializedIndex {
  version: 1;
  locale: Locale;
  docs: SearchDoc[];
  index: ReturnType<FuseIndex<SearchDoc>["toJSON"]>;
}

export function serializeIndex(docs: IndexedDoc[], locale: Locale): SerializedIndex {
  const index = Fuse.createIndex([...searchKeys], docs);
  return { version: 1, locale, docs: docs.map(displayDoc), index: index.toJSON() };
}
