"use client";

import { useMemo } from "react";
import { useStoredValue } from "@/hooks/use-stored-value";
import { Button } from "./ui/button";

/**
 * Ticked steps of one entry, kept in localStorage so they survive a reload and the language switch
 * (the key has no locale: both languages have the same steps by construction). Each checkbox and
 * the progress line read the same stored value, so no provider has to wrap the article.
 */
export interface ChecklistKey {
  storageKey: string;
  /** Every step anchor of the entry: the total, and the only values a stored list may hold. */
  anchors: string[];
}

function useChecklist({ storageKey, anchors }: ChecklistKey) {
  const [stored, store] = useStoredValue(storageKey);
  const done = useMemo(() => {
    try {
      const value: unknown = JSON.parse(stored ?? "[]");
      return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && anchors.includes(v)) : []);
    } catch {
      return new Set<string>();
    }
  }, [stored, anchors]);
  const save = (next: Set<string>) => store(next.size === 0 ? null : JSON.stringify([...next]));
  return {
    done,
    toggle(anchor: string, checked: boolean) {
      const next = new Set(done);
      if (checked) next.add(anchor);
      else next.delete(anchor);
      save(next);
    },
    reset: () => save(new Set()),
  };
}

/** The checkbox sits in a 44×44 px label, so the whole square is the touch target. */
export function StepCheckbox({ checklist, anchor, label }: { checklist: ChecklistKey; anchor: string; label: string }) {
  const { done, toggle } = useChecklist(checklist);
  return (
    <label className="step-check -my-2.5 -ml-2.5 inline-flex size-11 shrink-0 cursor-pointer items-center justify-center print:hidden">
      <input
        type="checkbox"
        checked={done.has(anchor)}
        onChange={(e) => toggle(anchor, e.target.checked)}
        aria-label={label}
        className="size-5 cursor-pointer accent-accent"
      />
    </label>
  );
}

export function ChecklistProgress({
  checklist,
  progress,
  progressOne,
  reset,
}: {
  checklist: ChecklistKey;
  progress: string;
  progressOne: string;
  reset: string;
}) {
  const { done, reset: clear } = useChecklist(checklist);
  const total = checklist.anchors.length;
  if (total === 0) return null;
  return (
    <div className="my-3 flex min-h-11 flex-wrap items-center gap-3 text-sm print:hidden">
      <progress value={done.size} max={total} className="step-progress h-2 w-32" aria-hidden="true" />
      <span role="status" aria-live="polite" className="font-medium">
        {(total === 1 ? progressOne : progress).replace("{done}", String(done.size)).replace("{total}", String(total))}
      </span>
      {done.size > 0 && (
        <Button size="sm" onClick={clear}>
          {reset}
        </Button>
      )}
    </div>
  );
}
