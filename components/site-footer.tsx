import { articleSectionUrl } from "@/lib/article/learn";
import type { Dictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { FillSlots } from "./fill-slots";

export const licenseUrl = "https://creativecommons.org/licenses/by/4.0/";

export function SiteFooter({ dict, locale }: { dict: Dictionary; locale: Locale }) {
  const articleUrl = articleSectionUrl(locale, "").replace(/#$/, "");
  return (
    <footer className="mt-16 border-t border-border-muted py-8 text-sm text-fg-muted print:hidden">
      <div className="mx-auto max-w-5xl space-y-2 px-4">
        <p>
          <FillSlots
            template={dict.footer.credit}
            slots={{
              learn: (
                <a className="underline" href={articleUrl} rel="noopener noreferrer">
                  Microsoft Learn
                </a>
              ),
              license: (
                <a className="underline" href={licenseUrl} rel="license noopener noreferrer">
                  CC BY 4.0
                </a>
              ),
            }}
          />
        </p>
        <p>{dict.footer.translation}</p>
      </div>
    </footer>
  );
}
