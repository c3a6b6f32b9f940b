import { AppLink } from "@/components/app-link";
import type { Entry } from "@/lib/content/source";
import { routes } from "@/lib/routes";

/** Entries with their printed message and one-line summary (category pages, code choosers). */
export function EntryList({ entries }: { entries: Entry[] }) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {entries.map((entry) => (
        <li key={entry.id} className="py-4">
          <h2 className="text-lg font-semibold">
            <AppLink href={routes.entry(entry.locale, entry)} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
              {entry.title}
            </AppLink>
          </h2>
          {entry.errors[0] && <p className="mt-1 font-mono text-sm text-slate-700 dark:text-slate-300">{entry.errors[0]}</p>}
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{entry.summary}</p>
        </li>
      ))}
    </ul>
  );
}
