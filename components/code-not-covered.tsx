import type { CodeInfo } from "@/lib/content/source";
import { getDictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { learnUrl } from "@/lib/article/learn";
import { ExternalLink } from "./external-link";

/** A code the article has no fix for: says so plainly and links Microsoft's own troubleshooting (a link, never copied text). */
export function CodeNotCovered({ code, name, locale }: { code: CodeInfo; name: string; locale: Locale }) {
  const { codes: dict, entry } = getDictionary(locale);
  const names = [code.code, ...code.variants].filter((n) => n !== name);
  return (
    <div className="space-y-4">
      <p className="rounded border-l-4 border-caution-border bg-caution-soft p-3">{dict.notCoveredLead(name)}</p>
      <section>
        <h2 className="text-lg font-semibold">{dict.meaning}</h2>
        <p>{code.reason[locale]}</p>
      </section>
      {code.official && (
        <p>
          <ExternalLink href={learnUrl(code.official, locale)} label={entry.externalLink} className="font-semibold text-link underline">
            {dict.official(name)}
          </ExternalLink>
        </p>
      )}
      {names.length > 0 && (
        <p className="text-sm">
          {dict.alsoPrinted}: <span className="font-mono break-all">{names.join(", ")}</span>
        </p>
      )}
      <section>
        <h2 className="text-sm font-semibold">{dict.seen}</h2>
        <ul className="list-disc pl-5 text-sm">
          {code.seen.map((url) => (
            <li key={url} className="break-all">
              <ExternalLink href={url} label={entry.externalLink} className="text-link underline">
                {url}
              </ExternalLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
