/** The one place that knows which languages the portal speaks. */
export const locales = ["zh-TW", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-TW";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "zh-TW" : "en";
}

/** Language tag used by learn.microsoft.com for the same locale. */
export const learnLocale: Record<Locale, string> = { "zh-TW": "zh-tw", en: "en-us" };

/** Self-names shown in the language switch, each in its own language. */
export const localeNames: Record<Locale, string> = { "zh-TW": "繁體中文", en: "English" };

/** Short self-names for the header's language switch on phones. */
export const localeShortNames: Record<Locale, string> = { "zh-TW": "中文", en: "EN" };
