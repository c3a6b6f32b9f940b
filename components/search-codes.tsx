import type { Dictionary } from "@/lib/dictionaries";
import { learnUrl } from "@/lib/article/learn";
import type { Locale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { elsewhereNotice } from "@/lib/search/elsewhere";
import type { SearchResponse } from "@/lib/search/engine";
import { ExternalLink } from "./external-link";
import { TextLink } from "./ui/text-link";

type Labels = Dictionary["searchUi"];

const notice = "rounded-lg border-l-4 border-caution-border bg-caution-soft p-3";

/**
 * When there is no fix: the codes of the paste this guide has no fix for (each linking its code
 * page), and the other product the paste belongs to, linking Microsoft's own troubleshooting for it.
 */
export function SearchCodes({ response, locale, labels }: { response: SearchResponse; locale: Locale; labels: Labels }) {
  if (response.hits.length > 0) return null;
  const uncovered = response.codes.filter((c) => !c.covered && !c.workload);
  const elsewhere = elsewhereNotice(response, labels);
  const { product } = response;
  return (
    <>
      {uncovered.map(({ code }) => (
        <p key={code} className={notice}>
          {labels.uncoveredCode.replace("{code}", code)}{" "}
          <TextLink href={routes.code(locale, code)} className="font-semibold">
            {labels.uncoveredCodeLink.replace("{code}", code)}
          </TextLink>
        </p>
      ))}
      {product && elsewhere && (
        <p className={notice}>
          {elsewhere}
          {product.official && (
            <>
              {" "}
              <ExternalLink
                href={learnUrl(product.official, locale)}
                label={labels.externalLink}
                className="font-semibold text-link underline underline-offset-4"
              >
                {labels.otherProductLink.replace("{workload}", product.name)}
              </ExternalLink>
            </>
          )}
        </p>
      )}
    </>
  );
}
