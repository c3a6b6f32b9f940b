"use client";

import { useState } from "react";
import { copyText } from "@/lib/clipboard";
import { cn } from "@/lib/cn";
import { CopyIcon, LinkIcon } from "./icons";
import { buttonClass } from "./ui/button";

export interface CopyLabels {
  copied: string;
  copyFailed: string;
}

interface CopyButtonProps {
  /** Copy this text… */
  text?: string;
  /** …or the current page's URL, with `#anchor` when it is not empty (a step link). */
  anchor?: string;
  /** Accessible name. */
  label: string;
  /** Visible text; without it the button shows an icon only. */
  shown?: string;
  labels: CopyLabels;
  /** Inside running text: a small button whose touch area reaches 44 px beyond its box. */
  inline?: boolean;
  variant?: "secondary" | "on-code";
  className?: string;
}

export function CopyButton({ text, anchor, label, shown, labels, inline, variant, className }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const onClick = async () => {
    const value = anchor === undefined ? (text ?? "") : `${window.location.origin}${window.location.pathname}${anchor ? `#${anchor}` : ""}`;
    setState((await copyText(value)) ? "copied" : "failed");
    setTimeout(() => setState("idle"), 2000);
  };
  const status = state === "copied" ? labels.copied : state === "failed" ? labels.copyFailed : "";
  return (
    <button
      type="button"
      onClick={onClick}
      title={label}
      aria-label={label}
      className={
        inline
          ? cn(
              "relative ml-1 inline-flex h-6 min-w-6 items-center gap-1 px-0.5 text-xs justify-center rounded border border-border bg-surface align-middle font-sans text-fg-muted hover:bg-surface-muted print:hidden",
              "after:absolute after:-inset-2.5",
              className,
            )
          : buttonClass({ variant, size: shown ? "sm" : "icon", className: cn("font-sans", className) })
      }
    >
      {anchor === undefined ? <CopyIcon /> : <LinkIcon />}
      {(shown || status) && <span aria-hidden="true">{status || shown}</span>}
      <span role="status" className="sr-only">
        {status}
      </span>
    </button>
  );
}
