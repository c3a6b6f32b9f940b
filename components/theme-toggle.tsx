"use client";

import { useEffect, useState } from "react";
import { themeStorageKey } from "@/lib/theme";
import { MoonIcon, SunIcon } from "./icons";

/** Light/dark switch, remembered; until used, the page follows the system setting (live). */
export function ThemeToggle({ toDark, toLight }: { toDark: string; toLight: string }) {
  const [dark, setDark] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    setDark(document.documentElement.classList.contains("dark"));
    const media = matchMedia("(prefers-color-scheme: dark)");
    const follow = (event: MediaQueryListEvent) => {
      if (localStorage.getItem(themeStorageKey)) return;
      document.documentElement.classList.toggle("dark", event.matches);
      setDark(event.matches);
    };
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, []);
  if (dark === undefined) return <span className="inline-block h-8 w-9" aria-hidden="true" />;
  return (
    <button
      type="button"
      onClick={() => {
        const next = !dark;
        document.documentElement.classList.toggle("dark", next);
        try {
          localStorage.setItem(themeStorageKey, next ? "dark" : "light");
        } catch {
          // Not remembered when storage is blocked.
        }
        setDark(next);
      }}
      aria-label={dark ? toLight : toDark}
      title={dark ? toLight : toDark}
      className="inline-flex h-8 w-9 items-center justify-center rounded-md border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {dark ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
