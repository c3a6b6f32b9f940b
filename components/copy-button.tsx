"use client";

import { useState } from "react";
import { copyText } from "@/lib/clipboard";
import { CopyIcon, LinkIcon } from "./icons";

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
}

export function CopyButton({ text, anchor, label, shown, labels }: CopyButtonProps) {
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
      className={`inline-flex shrink-0 items-center gap-1 rounded border border-slate-300 bg-white font-sans text-slate-700 hover:bg-slate-100 print:hidden dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700 ${
        shown ? "h-8 px-2 text-sm" : "ml-1 h-6 px-1 align-middle text-xs"
      }`}
    >
      {anchor === undefined ? <CopyIcon /> : <LinkIcon />}
      {(shown || status) && <span aria-hidden="true">{status || shown}</span>}
      <span role="status" className="sr-only">
        {status}
      </span>
    </button>
  );
}
