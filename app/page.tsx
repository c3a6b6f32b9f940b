import type { Metadata } from "next";
import { HydrationMark } from "@/components/hydration-mark";
import { LocaleChoice, LocaleRedirect } from "@/components/locale-redirect";

export const metadata: Metadata = {
  title: "Azure VM Backup Troubleshooter · Azure VM 備份疑難排解",
  description: "Fix Azure VM backup and restore errors. 修正 Azure VM 備份與還原錯誤。",
};

/** `/` has no language of its own: it forwards by preference, and without scripts offers both. */
export default function LanguageChooser() {
  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center p-6">
        <HydrationMark />
        <LocaleRedirect />
        <main className="w-full max-w-md space-y-6 text-center">
          <h1 className="text-2xl font-bold">
            Azure VM Backup Troubleshooter
            <span lang="zh-TW" className="mt-1 block text-xl">
              Azure VM 備份疑難排解
            </span>
          </h1>
          <ul className="space-y-3">
            <li>
              <LocaleChoice locale="zh-TW">繁體中文</LocaleChoice>
            </li>
            <li>
              <LocaleChoice locale="en">English</LocaleChoice>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
