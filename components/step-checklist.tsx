"use client";

import { createContext, useContext, useEffect, useState } from "react";

/** Ticked steps of one entry in one locale, kept in localStorage so they survive a reload. */
interface Checklist {
  done: ReadonlySet<string>;
  total: number;
  toggle(anchor: string, checked: boolean): void;
  reset(): void;
}

const ChecklistContext = createContext<Checklist | undefined>(undefined);

function read(key: string): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? "[]");
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
  } catch {
    return new Set();
  }
}

function write(key: string, done: Set<string>) {
  try {
    if (done.size === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify([...done]));
  } catch {
    // Storage blocked: ticks last for this visit only.
  }
}

export function ChecklistProvider({ storageKey, anchors, children }: { storageKey: string; anchors: string[]; children: React.ReactNode }) {
  const [done, setDone] = useState<Set<string>>(new Set());
  useEffect(() => {
    const valid = new Set(anchors);
    setDone(new Set([...read(storageKey)].filter((a) => valid.has(a))));
  }, [storageKey, anchors]);
  const update = (next: Set<string>) => {
    setDone(next);
    write(storageKey, next);
  };
  const value: Checklist = {
    done,
    total: anchors.length,
    toggle: (anchor, checked) => {
      const next = new Set(done);
      if (checked) next.add(anchor);
      else next.delete(anchor);
      update(next);
    },
    reset: () => update(new Set()),
  };
  return <ChecklistContext.Provider value={value}>{children}</ChecklistContext.Provider>;
}

export function StepCheckbox({ anchor, label }: { anchor: string; label: string }) {
  const checklist = useContext(ChecklistContext);
  if (!checklist) return null;
  return (
    <input
      type="checkbox"
      checked={checklist.done.has(anchor)}
      onChange={(e) => checklist.toggle(anchor, e.target.checked)}
      aria-label={label}
      className="step-check mt-1 size-5 shrink-0 cursor-pointer accent-blue-700 print:hidden dark:accent-blue-300"
    />
  );
}

export function ChecklistProgress({ progress, progressOne, reset }: { progress: string; progressOne: string; reset: string }) {
  const checklist = useContext(ChecklistContext);
  if (!checklist || checklist.total === 0) return null;
  const count = checklist.done.size;
  return (
    <div className="my-3 flex flex-wrap items-center gap-3 text-sm print:hidden">
      <progress value={count} max={checklist.total} className="h-2 w-32 accent-blue-700" aria-hidden="true" />
      <span role="status" aria-live="polite" className="font-medium">
        {(checklist.total === 1 ? progressOne : progress).replace("{done}", String(count)).replace("{total}", String(checklist.total))}
      </span>
      {count > 0 && (
        <button type="button" onClick={checklist.reset} className="rounded border border-slate-400 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          {reset}
        </button>
      )}
    </div>
  );
}
