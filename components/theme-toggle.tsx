"use client";

import { useTheme } from "@/hooks/use-theme";
import { MoonIcon, SunIcon } from "./icons";
import { Button } from "./ui/button";

/** Light/dark switch, remembered; until used, the page follows the system setting (live). */
export function ThemeToggle({ toDark, toLight }: { toDark: string; toLight: string }) {
  const { dark, setDark } = useTheme();
  const label = dark ? toLight : toDark;
  return (
    <Button size="icon" variant="secondary" onClick={() => setDark(!dark)} aria-label={label} title={label}>
      {/* The icon follows CSS, so the static HTML already shows the right one. */}
      <span className="hidden dark:inline">
        <SunIcon />
      </span>
      <span className="dark:hidden">
        <MoonIcon />
      </span>
    </Button>
  );
}
