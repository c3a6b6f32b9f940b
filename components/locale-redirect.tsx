"use client";

import { useEffect } from "react";
import type { Locale } from "@/lib/i18n";
import { preferredLocale, rememberLocale } from "@/lib/locale-preference";
import { routes } from "@/lib/routes";

/** On `/`: sends the visitor to their language (remembered choice first, then the browser's). */
export function LocaleRedirect() {
  useEffect(() => {
    window.location.replace(
      `${routes.home(preferredLocale(navigator.languages ?? [navigator.language]))}${window.location.search}${window.location.hash}`,
    );
  }, []);
  return null;
}

/** A plain link that also remembers the choice. */
export function LocaleChoice({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return (
    <a
      href={routes.home(locale)}
      hrefLang={locale}
      lang={locale}
      onClick={() => rememberLocale(locale)}
      className="block rounded-xl border border-border px-6 py-4 text-center text-lg font-semibold text-link no-underline hover:border-accent"
    >
      {children}
    </a>
  );
}
