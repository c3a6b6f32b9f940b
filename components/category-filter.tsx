"use client";

import { useId, useState } from "react";
import { matchesFilter } from "@/lib/list-filter";

interface Labels {
  filterLabel: string;
  filterHint: string;
  shown: string;
  none: string;
}

/**
 * Narrows the server-rendered list below as you type. A leaf: it hides items (and groups left
 * empty) of `#listId` by their data-filter text instead of re-rendering the list on the client.
 */
export function CategoryFilter({ listId, total, labels }: { listId: string; total: number; labels: Labels }) {
  const [shown, setShown] = useState(total);
  const id = useId();
  const apply = (filter: string) => {
    const list = document.getElementById(listId);
    if (!list) return;
    let count = 0;
    for (const item of list.querySelectorAll<HTMLElement>("li[data-filter]")) {
      const match = matchesFilter(item.dataset.filter ?? "", filter);
      item.hidden = !match;
      if (match) count++;
    }
    for (const group of list.querySelectorAll<HTMLElement>("[data-group]")) {
      group.hidden = !group.querySelector("li[data-filter]:not([hidden])");
    }
    setShown(count);
  };
  return (
    <div className="mb-6 print:hidden">
      <label htmlFor={id} className="block font-semibold">
        {labels.filterLabel}
      </label>
      <p id={`${id}-hint`} className="text-sm text-fg-muted">
        {labels.filterHint}
      </p>
      <input
        id={id}
        type="search"
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(e) => apply(e.target.value)}
        className="mt-1 block min-h-11 w-full max-w-md rounded-lg border border-border bg-surface px-3 text-base"
      />
      <p role="status" className="mt-2 text-sm text-fg-muted">
        {shown === total ? "" : shown === 0 ? labels.none : labels.shown.replace("{n}", String(shown)).replace("{total}", String(total))}
      </p>
    </div>
  );
}
