import { Fragment, type ReactNode } from "react";

/** A dictionary sentence with `{name}` slots filled by elements (links), so each language keeps its own word order and punctuation. */
export function FillSlots({ template, slots }: { template: string; slots: Record<string, ReactNode> }) {
  return template
    .split(/(\{\w+\})/)
    .map((part, i) => <Fragment key={i}>{/^\{\w+\}$/.test(part) ? slots[part.slice(1, -1)] : part}</Fragment>);
}
