import type { Entry } from "@/lib/content/source";
import type { Dictionary } from "@/lib/dictionaries";
import { routes } from "@/lib/routes";
import { AppLink } from "./app-link";

/** The error exactly as the service prints it, and the codes people paste. */
export function EntryErrors({ entry, dict }: { entry: Entry; dict: Dictionary }) {
  if (entry.errors.length === 0) return null;
  const t = dict.entry;
  return (
    <section aria-labelledby="error-message" className="my-5">
      <h2 id="error-message" className="mb-2 text-base font-bold">
        {entry.errors.length > 1 ? t.errorMessages : t.errorMessage}
      </h2>
      <ul className="space-y-2">
        {entry.errors.map((message) => (
          <li key={message} className="rounded-lg border-l-4 border-danger bg-danger-soft px-4 py-3 font-mono text-sm">
            {message}
          </li>
        ))}
      </ul>
      {entry.codes.length > 0 && (
        <p className="mt-2 flex flex-wrap items-center gap-x-2 text-sm">
          <span className="font-semibold">{t.errorCodes}</span>
          {entry.codes.map((code) => (
            <AppLink
              key={code}
              href={routes.code(entry.locale, code)}
              className="inline-flex min-h-11 items-center font-mono break-all text-link underline underline-offset-2"
            >
              {code}
            </AppLink>
          ))}
        </p>
      )}
    </section>
  );
}
