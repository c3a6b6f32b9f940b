import { clsx, type ClassValue } from "clsx";

/** Joins class names, dropping falsy ones: `cn("a", cond && "b")`. Primitives take layout classes through it. */
export function cn(...classes: ClassValue[]): string {
  return clsx(classes);
}
