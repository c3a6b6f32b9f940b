"use client";

import { useEffect, type RefObject } from "react";

/** "/" focuses the element from anywhere on the page, unless the user is typing somewhere. */
export function useSlashFocus(target: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const from = event.target as HTMLElement;
      // The first box on the page takes it.
      if (event.key !== "/" || event.defaultPrevented || from.closest("input, textarea, [contenteditable=true]")) return;
      event.preventDefault();
      target.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [target]);
}
