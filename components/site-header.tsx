import { AppLink } from "@/components/app-link";
import { categories } from "@/lib/content/categories";
import type { Dictionary } from "@/lib/dictionaries";
import { otherLocale, type Locale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { LanguageSwitch } from "./language-switch";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <AppLink href={routes.home(locale)} className="text-lg font-bold text-slate-900 no-underline dark:text-white">
          {dict.siteName}
        </AppLink>
        <div className="flex items-center gap-2">
          <ThemeToggle toDark={dict.followUi.themeToDark} toLight={dict.followUi.themeToLight} />
          <LanguageSwitch to={otherLocale(locale)} label={dict.languageSwitch} />
        </div>
      </div>
      <nav aria-label={dict.primaryNav} className="mx-auto max-w-5xl px-4 pb-2">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {categories.map((category) => (
            <li key={category}>
              <AppLink href={routes.category(locale, category)} className="text-slate-700 underline-offset-4 hover:underline dark:text-slate-300">
                {dict.categories[category].name}
              </AppLink>
            </li>
          ))}
          <li>
            <AppLink href={routes.codes(locale)} className="text-slate-700 underline-offset-4 hover:underline dark:text-slate-300">
              {dict.codes.title}
            </AppLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
