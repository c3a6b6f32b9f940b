"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * A value only the browser knows and that does not change during the visit (a browser feature,
 * the page's address): `serverValue` in the static HTML, the real one once hydrated.
 */
export function useClientValue<T extends string | number | boolean>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(never, read, () => serverValue);
}
