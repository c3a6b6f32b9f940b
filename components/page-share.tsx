"use client";

import { useEffect, useState } from "react";
import { CopyButton, type CopyLabels } from "./copy-button";

/** Copy the page link, and the system share sheet where the browser has one. */
export function PageShare({ title, labels }: { title: string; labels: CopyLabels & { copyPageLink: string; share: string } }) {
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === "function"), []);
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <CopyButton anchor="" label={labels.copyPageLink} shown={labels.copyPageLink} labels={labels} />
      {canShare && (
        <button
          type="button"
          onClick={() => navigator.share({ title, url: window.location.href }).catch(() => undefined)}
          className="h-8 rounded border border-slate-300 px-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {labels.share}
        </button>
      )}
    </div>
  );
}
