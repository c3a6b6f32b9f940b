import { source, type Entry } from "@/lib/content/source";
import type { Dictionary } from "@/lib/dictionaries";
import { EntryList } from "./entry-list";

export function EntryRelated({ entries, dict }: { entries: Entry[]; dict: Dictionary }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mt-10 print:hidden">
      <h2 id="related" className="mb-3 text-xl font-bold">
        {dict.entry.related}
      </h2>
      <EntryList items={entries.map((entry) => source.listItem(entry))} headingLevel={3} />
    </section>
  );
}
