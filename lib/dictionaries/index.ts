import type { Locale } from "../i18n";
import { en, type Dictionary } from "./en";
import { zhTW } from "./zh-TW";

export type { Dictionary } from "./en";

const dictionaries: Record<Locale, Dictionary> = { en, "zh-TW": zhTW };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}
