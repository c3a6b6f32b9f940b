import "./globals.css";
import type { Metadata } from "next";
import { HydrationMark } from "@/components/hydration-mark";
import { NotFoundContent } from "@/components/not-found-content";
import { getDictionary } from "@/lib/dictionaries";

export const metadata: Metadata = { title: "Page not found · 找不到頁面", robots: { index: false } };

/**
 * The site-wide 404.html, for paths outside any locale: both languages, each marked with its lang,
 * and one search box (English; it finds pastes in either language). Dark mode comes from CSS alone.
 *
 * A global not-found (next.config.js: experimental.globalNotFound) is a page of its own, which is
 * why it imports the stylesheet itself: a root not-found would be the root layout's not-found
 * boundary, so its text would be in every page's payload and its search box in every first load.
 */
export default function RootNotFound() {
  return (
    <html lang="zh-TW">
      <body>
        <HydrationMark />
        <main className="mx-auto max-w-3xl space-y-12 px-4 py-10">
          <NotFoundContent locale="zh-TW" dict={getDictionary("zh-TW")} search={false} />
          <NotFoundContent locale="en" dict={getDictionary("en")} headingLevel={2} />
        </main>
      </body>
    </html>
  );
}
