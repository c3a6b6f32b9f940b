"use client";

import { useClientValue } from "@/hooks/use-client-value";

const pageUrl = () => window.location.origin + window.location.pathname;

/** Printed fix pages carry their address (hidden on screen). */
export function PrintUrl({ label, path }: { label: string; path: string }) {
  const url = useClientValue(pageUrl, path);
  return (
    <p className="hidden text-sm print:block">
      {label} {url}
    </p>
  );
}
