import type { Locale } from "../i18n";
import { buildSearchEngine, type SearchEngine } from "./engine";
import { searchIndexPath } from "./index-url";
import { indexVersion, type SerializedIndex } from "./serialized-index";

const engines = new Map<Locale, Promise<SearchEngine>>();

/** Fetched on first search only (this module is imported dynamically), then kept for the visit. */
export function loadEngine(locale: Locale): Promise<SearchEngine> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = fetch(`/${searchIndexPath(locale)}`)
      .then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json() as Promise<SerializedIndex>;
      })
      // Parsing, building the engine (itself in slices) and the first search run as separate tasks, so none blocks input for long.
      .then(async (data) => {
        if (data?.version !== indexVersion) throw new Error(`search index: version ${data?.version}, this page reads ${indexVersion}`);
        await yieldToBrowser();
        const built = await buildSearchEngine(data, yieldToBrowser);
        await yieldToBrowser();
        return built;
      });
    engine.catch(() => engines.delete(locale)); // let a later search retry
    engines.set(locale, engine);
  }
  return engine;
}

function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
