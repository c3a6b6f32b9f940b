import { AppLink } from "@/components/app-link";
import type { Entry } from "@/lib/content/source";
import type { Dictionary } from "@/lib/dictionaries";
import { routes } from "@/lib/routes";

/** The error exactly as the service prints it, and the codes people paste. */
export function EntryErrors({ entry, dict }: { entry: Entry; dict: Dictionary }) {
  if (entry.errors.length === 0) return null;
  const t = dict.entry;
  return (
    <section aria-labelledby="error-message" className="my-6">
      <h2 id="error-message" className="mb-2 text-base font-bold">
        {entry.errors.length > 1 ? t.errorMessages : t.errorMessage}
      </h2>
      <ul className="space-y-2">
        {entry.errors.map((message) => (
          <li key={message} className="rounded-lg border-l-4 border-red-600 bg-red-50 px-4 py-3 font-mono text-sm break-words dark:border-red-400 dark:bg-red-950/40">
            {message}
          </li>
        ))}
      </ul>
      {entry.codes.length > 0 && (
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-semibold">{t.errorCodes}</span>
          {entry.codes.map((code) => (
            <AppLink key={code} href={routes.code(entry.locale, code)} className="rounded bg-slate-100 px-2 py-0.5 font-mono text-blue-800 underline dark:bg-slate-800 dark:text-blue-300">
              {code}
            </AppLink>
          ))}
        </p>
      )}
    </section>
  );
}
