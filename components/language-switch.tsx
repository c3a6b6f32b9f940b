"use client";

import { usePathname } from "next/navigation";
import { localeNames, type Locale } from "@/lib/i18n";
import { rememberLocale } from "@/lib/locale-preference";
import { switchLocalePath } from "@/lib/routes";

const buttonStyle =
  "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

/** Links to the same page in the other language, keeping the query (?q=) and the #step anchor. */
export function LanguageSwitch({ to, label, children, className = buttonStyle }: { to: Locale; label?: string; children?: React.ReactNode; className?: string }) {
  const pathname = usePathname();
  const href = switchLocalePath(pathname, to);
  return (
    <a
      href={href}
      hrefLang={to}
      lang={to}
      aria-label={label?.replace("{name}", localeNames[to])}
      className={className}
      onClick={(event) => {
        rememberLocale(to);
        event.currentTarget.href = href + window.location.search + window.location.hash;
      }}
    >
      {children ?? localeNames[to]}
    </a>
  );
}
