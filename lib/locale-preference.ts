import { isLocale, locales, type Locale } from "./i18n";

const key = "preferred-locale";

/** An explicit choice (language switch, chooser page) wins over the browser's languages next time. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(key, locale);
  } catch {
    // Storage can be blocked (private mode); the choice then lasts only for this visit.
  }
}

function storedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(key);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** zh-TW for any Chinese-script preference (zh, zh-Hant, zh-HK), English otherwise. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith("zh")) return "zh-TW";
    if (lower.startsWith("en")) return "en";
  }
  return locales.includes("en") ? "en" : locales[0];
}

export function preferredLocale(languages: readonly string[]): Locale {
  return storedLocale() ?? localeFromLanguages(languages);
}
