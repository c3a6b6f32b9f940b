import { notFound } from "next/navigation";
import { isCategory, type Category } from "./content/categories";
import { isLocale, type Locale } from "./i18n";

/** Narrows route params to known values, or renders the 404. */
export function requireLocale(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}

export function requireCategory(value: string): Category {
  if (!isCategory(value)) notFound();
  return value;
}
