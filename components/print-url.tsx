"use client";

import { useEffect, useState } from "react";

/** Printed fix pages carry their address (hidden on screen). */
export function PrintUrl({ label, path }: { label: string; path: string }) {
  const [url, setUrl] = useState(path);
  useEffect(() => setUrl(window.location.origin + window.location.pathname), []);
  return (
    <p className="hidden text-sm print:block">
      {label} {url}
    </p>
  );
}
