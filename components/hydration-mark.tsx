"use client";

import { useEffect } from "react";
import { useClientValue } from "@/hooks/use-client-value";

/**
 * Sets `<html data-hydrated>` once React has hydrated the page and re-rendered what only the
 * browser knows (stored ticks, the theme). Pages start their scripts after the first paint, so
 * the end-to-end tests wait for this before using a control.
 */
export function HydrationMark() {
  const hydrated = useClientValue(() => true, false);
  useEffect(() => {
    if (hydrated) document.documentElement.dataset.hydrated = "";
  }, [hydrated]);
  return null;
}
