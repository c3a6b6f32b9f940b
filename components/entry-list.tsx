import type { OperatingSystem } from "@/lib/content/browse";
import type { Entry } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import { foldText } from "@/lib/list-filter";
import { routes } from "@/lib/routes";
import { AppLink } from "./app-link";

export interface EntryListItem {
  entry: Entry;
  os?: OperatingSystem;
  /** What tells this entry apart from its near-identical neighbours; shown instead of the summary. */
  detail?: string;
}

const chip = "rounded px-1.5 py-0.5 text-xs";

/**
 * Entries as cards, the whole card a link: title, printed message, codes, OS and one telling line.
 * Each item carries its text for the category filter (data-filter).
 */
export function EntryList({ items, headingLevel = 2 }: { items: EntryListItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-3">
      {items.map(({ entry, os, detail }) => {
        const dict = getDictionary(entry.locale);
        const osName = os && dict.os[os];
        const filterText = foldText(
          [entry.title, ...entry.errors, ...entry.codes, osName, detail, entry.summary].filter(Boolean).join(" "),
        );
        return (
          <li
            key={entry.id}
            data-filter={filterText}
            className="relative rounded-lg border border-border p-4 hover:border-accent focus-within:border-accent"
          >
            <Heading className="text-lg leading-snug font-semibold">
              <AppLink
                href={routes.entry(entry.locale, entry)}
                className="text-link underline-offset-4 after:absolute after:inset-0 after:rounded-lg hover:underline"
              >
                {entry.title}
              </AppLink>
            </Heading>
            {entry.errors[0] && <p className="mt-1 font-mono text-sm">{entry.errors[0]}</p>}
            <p className="mt-1 text-sm text-fg-muted">{detail ?? entry.summary}</p>
            {(entry.codes.length > 0 || osName) && (
              <p className="mt-2 flex flex-wrap gap-1.5">
                {osName && <span className={`${chip} bg-info-soft font-semibold text-info`}>{osName}</span>}
                {entry.codes.map((code) => (
                  <code key={code} className={`${chip} bg-surface-muted font-mono`}>
                    {code}
                  </code>
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
