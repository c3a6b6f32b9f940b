"use client";

import { usePathname } from "next/navigation";
import { localeNames, localeShortNames, type Locale } from "@/lib/i18n";
import { rememberLocale } from "@/lib/locale-preference";
import { switchLocalePath } from "@/lib/routes";
import { buttonClass } from "./ui/button";

/**
 * Links to the same page in the other language, keeping the query (?q=) and the #step anchor.
 * Without children it is the header's button: the short name on phones, the full one from sm up.
 */
export function LanguageSwitch({
  to,
  label,
  children,
  className,
}: {
  to: Locale;
  label?: string;
  children?: React.ReactNode;
  className?: string;
}) {
  const pathname = usePathname();
  const href = switchLocalePath(pathname, to);
  return (
    <a
      href={href}
      hrefLang={to}
      lang={to}
      aria-label={label?.replace("{name}", localeNames[to])}
      className={className ?? buttonClass({ size: "sm", className: "font-medium" })}
      onClick={(event) => {
        rememberLocale(to);
        event.currentTarget.href = href + window.location.search + window.location.hash;
      }}
    >
      {children ?? (
        <>
          <span className="sm:hidden">{localeShortNames[to]}</span>
          <span className="hidden sm:inline">{localeNames[to]}</span>
        </>
      )}
    </a>
  );
}
