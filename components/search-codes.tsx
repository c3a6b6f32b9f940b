import type { Dictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import type { SearchResponse } from "@/lib/search/engine";
import { TextLink } from "./ui/text-link";

/** Codes of the paste that this guide has no fix for: say so, and link the code's page (where Microsoft's own troubleshooting is linked). */
export function SearchCodes({ response, locale, labels }: { response: SearchResponse; locale: Locale; labels: Dictionary["searchUi"] }) {
  const uncovered = response.codes.filter((c) => !c.covered);
  if (response.hits.length > 0 || uncovered.length === 0) return null;
  return (
    <ul className="space-y-2">
      {uncovered.map(({ code, workload }) => (
        <li key={code} className="rounded-lg border-l-4 border-caution-border bg-caution-soft p-3">
          {workload ? (
            labels.otherWorkload.replace("{code}", code).replace("{workload}", workload)
          ) : (
            <>
              {labels.uncoveredCode.replace("{code}", code)}{" "}
              <TextLink href={routes.code(locale, code)} className="font-semibold">
                {labels.uncoveredCodeLink.replace("{code}", code)}
              </TextLink>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
