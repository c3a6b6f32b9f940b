import type { Dictionary } from "@/lib/dictionaries";
import { learnUrl } from "@/lib/article/learn";
import type { Locale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import type { SearchResponse } from "@/lib/search/engine";
import { TextLink } from "./ui/text-link";

type Labels = Dictionary["searchUi"];

/**
 * When there is no fix: the codes of the paste this guide has no fix for (each linking its code
 * page) and the other product the paste belongs to, linking Microsoft's own troubleshooting for it.
 */
export function SearchCodes({ response, locale, labels }: { response: SearchResponse; locale: Locale; labels: Labels }) {
  if (response.hits.length > 0) return null;
  const { product } = response;
  const uncovered = response.codes.filter((c) => !c.covered && !c.workload);
  const otherCodes = response.codes.filter((c) => c.workload).map((c) => c.code);
  if (uncovered.length === 0 && !product) return null;
  return (
    <ul className="space-y-2">
      {uncovered.map(({ code }) => (
        <li key={code} className="rounded-lg border-l-4 border-caution-border bg-caution-soft p-3">
          {labels.uncoveredCode.replace("{code}", code)}{" "}
          <TextLink href={routes.code(locale, code)} className="font-semibold">
            {labels.uncoveredCodeLink.replace("{code}", code)}
          </TextLink>
        </li>
      ))}
      {product && (
        <li className="rounded-lg border-l-4 border-caution-border bg-caution-soft p-3">
          {otherCodes.length > 0
            ? labels.otherWorkload.replace("{code}", otherCodes.join(labels.listSeparator)).replace("{workload}", product.name)
            : labels.otherProduct.replace("{workload}", product.name)}
          {product.official && (
            <>
              {" "}
              <a
                href={learnUrl(product.official, locale)}
                rel="noopener noreferrer"
                className="font-semibold text-link underline underline-offset-4"
              >
                {labels.otherProductLink.replace("{workload}", product.name)}
                <span aria-hidden="true" className="ml-0.5 inline-block text-[0.8em]">
                  ↗
                </span>
                <span className="sr-only"> {labels.externalLink}</span>
              </a>
            </>
          )}
        </li>
      )}
    </ul>
  );
}
