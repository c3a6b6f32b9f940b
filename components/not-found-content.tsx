import type { Dictionary } from "@/lib/dictionaries";
import type { Locale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { SiteSearch } from "./site-search";
import { TextLink } from "./ui/text-link";

/** The 404 text and a way on: the search box (unless the page already has one) and the home page. */
export function NotFoundContent({
  locale,
  dict,
  headingLevel = 1,
  search = true,
}: {
  locale: Locale;
  dict: Dictionary;
  headingLevel?: 1 | 2;
  search?: boolean;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section lang={locale} className="space-y-4">
      <Heading className="text-3xl font-bold">{dict.notFound.title}</Heading>
      <p>{dict.notFound.body}</p>
      {search && <SiteSearch locale={locale} dict={dict} />}
      <p>
        <TextLink href={routes.home(locale)} className="inline-flex min-h-11 items-center">
          {dict.notFound.backHome}
        </TextLink>
      </p>
    </section>
  );
}
