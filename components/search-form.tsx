import type { Dictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { routes } from "@/lib/routes";

/** Works without scripts: a GET form to the search page. */
export function SearchForm({ locale, dict, defaultValue }: { locale: Locale; dict: Dictionary; defaultValue?: string }) {
  return (
    <form action={routes.search(locale)} method="get" role="search" aria-label={dict.searchUi.title} className="space-y-2">
      <label htmlFor="q" className="block font-semibold">
        {dict.search.label}
      </label>
      <p id="q-hint" className="text-sm text-slate-600 dark:text-slate-400">
        {dict.search.hint}
      </p>
      <textarea
        id="q"
        name="q"
        rows={3}
        defaultValue={defaultValue}
        aria-describedby="q-hint"
        placeholder={dict.search.placeholder}
        className="block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <button type="submit" className="rounded-lg bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200">
        {dict.search.submit}
      </button>
    </form>
  );
}
