import { AppLink } from "@/components/app-link";
import { categories } from "@/lib/content/categories";
import type { Dictionary } from "@/lib/dictionaries";
import { otherLocale, type Locale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
import { ThemeToggle } from "./theme-toggle";
import { buttonClass } from "./ui/button";

const navLink =
  "flex min-h-11 items-center rounded-md px-3 whitespace-nowrap text-fg-muted no-underline hover:bg-surface-muted hover:text-fg aria-[current=page]:font-semibold aria-[current=page]:text-fg aria-[current=page]:underline aria-[current=page]:decoration-accent aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8";

function NavItems({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  return (
    <>
      {categories.map((category) => (
        <li key={category}>
          <NavLink href={routes.category(locale, category)} className={navLink}>
            {dict.categories[category].name}
          </NavLink>
        </li>
      ))}
      <li>
        <NavLink href={routes.codes(locale)} className={navLink}>
          {dict.codes.title}
        </NavLink>
      </li>
    </>
  );
}

/**
 * One row on every screen: on phones the sections fold into a menu (a <details>, so it works
 * without JavaScript); from lg up they are listed inline.
 */
export function SiteHeader({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  return (
    <header className="border-b border-border-muted bg-surface print:hidden">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-1.5">
        <AppLink
          href={routes.home(locale)}
          className="mr-auto flex min-h-11 items-center text-sm leading-tight font-bold text-fg no-underline sm:text-lg lg:shrink-0"
        >
          {dict.siteName}
        </AppLink>
        <nav aria-label={dict.primaryNav} className="text-sm">
          <ul className="hidden lg:flex">
            <NavItems locale={locale} dict={dict} />
          </ul>
          <details className="relative lg:hidden">
            <summary className={buttonClass({ size: "icon", className: "list-none [&::-webkit-details-marker]:hidden" })}>
              <span className="sr-only">{dict.menu}</span>
              <svg
                width="20"
                height="20"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                aria-hidden="true"
              >
                <path d="M4 6h16M4 12h16M4 18h16" />
              </svg>
            </summary>
            <ul className="absolute right-0 z-20 mt-2 w-56 rounded-lg border border-border bg-surface p-1 shadow-lg">
              <NavItems locale={locale} dict={dict} />
            </ul>
          </details>
        </nav>
        <ThemeToggle toDark={dict.followUi.themeToDark} toLight={dict.followUi.themeToLight} />
        <LanguageSwitch to={otherLocale(locale)} label={dict.languageSwitch} />
      </div>
    </header>
  );
}
