import type { Metadata } from "next";
import { SiteFooter } from "@/components/site-footer";
import { HydrationMark } from "@/components/hydration-mark";
import { SiteHeader } from "@/components/site-header";
import { getDictionary } from "@/lib/dictionaries";
import { locales } from "@/lib/i18n";
import { requireLocale } from "@/lib/locale-params";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site";
import { themeBootScript } from "@/lib/theme";

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const dict = getDictionary(requireLocale((await params).locale));
  return {
    metadataBase: new URL(siteUrl),
    title: { default: dict.siteName, template: `%s | ${dict.siteName}` },
    description: dict.siteTagline,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
        <link rel="search" type="application/opensearchdescription+xml" title={dict.siteName} href={routes.opensearch(locale)} />
      </head>
      <body className="min-h-screen antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          {dict.skipToContent}
        </a>
        <HydrationMark />
        <SiteHeader locale={locale} dict={dict} />
        <main id="main" className="mx-auto max-w-5xl px-4 pt-3 pb-8 sm:pt-6">
          {children}
        </main>
        <SiteFooter dict={dict} locale={locale} />
      </body>
    </html>
  );
}
