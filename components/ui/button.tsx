import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

type Variant = "primary" | "secondary" | "on-code";
type Size = "md" | "sm" | "icon";

const variants: Record<Variant, string> = {
  primary: "bg-accent font-semibold text-accent-fg hover:bg-accent-hover",
  secondary: "border border-border bg-surface hover:bg-surface-muted",
  /** Inside a dark code block, in either theme. */
  "on-code": "text-code-fg hover:bg-white/15",
};

/** Every size keeps a 44×44 px target (WCAG 2.5.5); "sm" only looks smaller. */
const sizes: Record<Size, string> = {
  md: "min-h-11 px-4 py-2",
  sm: "min-h-11 px-3 text-sm",
  icon: "size-11",
};

/** Button look, for links that act as buttons too (the language switch). */
export function buttonClass({
  variant = "secondary",
  size = "md",
  className,
}: { variant?: Variant; size?: Size; className?: string } = {}) {
  return cn(
    "inline-flex shrink-0 items-center justify-center gap-1.5 rounded-lg no-underline print:hidden",
    variants[variant],
    sizes[size],
    className,
  );
}

export function Button({
  variant,
  size,
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: Variant; size?: Size }) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}
