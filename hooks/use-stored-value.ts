"use client";

import { useCallback, useSyncExternalStore } from "react";

/** Same-tab writes are announced with this event; other tabs get the browser's `storage` event. */
const localEvent = "local-storage";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(localEvent, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(localEvent, onChange);
  };
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode)
  }
}

/**
 * A localStorage string, live across components and tabs; `null` on the server and when unset.
 * Writing `null` removes it. When storage is blocked the value lasts for this visit only.
 */
export function useStoredValue(key: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const set = useCallback(
    (next: string | null) => {
      try {
        if (next === null) localStorage.removeItem(key);
        else localStorage.setItem(key, next);
      } catch {
        // Not remembered when storage is blocked.
      }
      window.dispatchEvent(new Event(localEvent));
    },
    [key],
  );
  return [value, set];
}
