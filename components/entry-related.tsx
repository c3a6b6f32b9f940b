import { AppLink } from "@/components/app-link";
import type { Entry } from "@/lib/content/source";
import type { Dictionary } from "@/lib/dictionaries";
import { routes } from "@/lib/routes";

export function EntryRelated({ entries, dict }: { entries: Entry[]; dict: Dictionary }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mt-10 print:hidden">
      <h2 id="related" className="mb-3 text-xl font-bold">
        {dict.entry.related}
      </h2>
      <ul className="space-y-2">
        {entries.map((entry) => (
          <li key={entry.id}>
            <AppLink href={routes.entry(entry.locale, entry)} className="font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
              {entry.title}
            </AppLink>
            <span className="block text-sm text-slate-600 dark:text-slate-400">{entry.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
