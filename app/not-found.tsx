import type { Metadata } from "next";
import { NotFoundContent } from "@/components/not-found-content";
import { getDictionary } from "@/lib/dictionaries";

export const metadata: Metadata = { title: "Page not found · 找不到頁面", robots: { index: false } };

/** The site-wide 404.html, for paths outside any locale: both languages, each marked with its lang. */
export default function RootNotFound() {
  return (
    <html lang="zh-TW">
      <body className="bg-white text-slate-900">
        <main className="mx-auto max-w-3xl space-y-12 px-4 py-10">
          <NotFoundContent locale="zh-TW" dict={getDictionary("zh-TW")} />
          <NotFoundContent locale="en" dict={getDictionary("en")} headingLevel={2} />
        </main>
      </body>
    </html>
  );
}
