"use client";

import { useEffect } from "react";
import { themeStorageKey } from "@/lib/theme";
import { useClientValue } from "./use-client-value";
import { useMediaQuery } from "./use-media-query";
import { useStoredValue } from "./use-stored-value";

/** The stored light/dark choice, or the system's until there is one; keeps <html>'s class in step. */
export function useTheme(): { dark: boolean; setDark: (dark: boolean) => void } {
  const [stored, store] = useStoredValue(themeStorageKey);
  const systemDark = useMediaQuery("(prefers-color-scheme: dark)");
  // The hydration render sees server values; only the browser's real ones may touch the class.
  const hydrated = useClientValue(() => true, false);
  const dark = stored ? stored === "dark" : systemDark;
  useEffect(() => {
    if (!hydrated) return;
    document.documentElement.classList.toggle("dark", dark);
    document.documentElement.classList.toggle("light", !dark);
  }, [dark, hydrated]);
  return { dark, setDark: (next) => store(next ? "dark" : "light") };
}
