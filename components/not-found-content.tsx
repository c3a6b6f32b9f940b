import { AppLink } from "@/components/app-link";
import type { Dictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { SiteSearch } from "./site-search";

export function NotFoundContent({ locale, dict, headingLevel = 1 }: { locale: Locale; dict: Dictionary; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section lang={locale} className="space-y-4">
      <Heading className="text-3xl font-bold">{dict.notFound.title}</Heading>
      <p>{dict.notFound.body}</p>
      <SiteSearch locale={locale} dict={dict} />
      <p>
        <AppLink href={routes.home(locale)} className="text-blue-800 underline dark:text-blue-300">
          {dict.notFound.backHome}
        </AppLink>
      </p>
    </section>
  );
}
