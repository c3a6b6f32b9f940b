import { isValidElement, type ReactNode } from "react";
import type { Dictionary } from "@/lib/dictionaries";
import { CopyButton } from "../copy-button";

type FollowUi = Dictionary["followUi"];

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

/**
 * A command block with a button, inside its top corner, that copies exactly its text (MDX keeps the
 * final newline out). Long commands wrap (globals.css), so nothing hides behind a sideways scroll.
 */
export function MdxCodeBlock({ children, ui }: { children?: ReactNode; ui: FollowUi }) {
  const code = textOf(children).replace(/\n$/, "");
  return (
    <div className="code-block relative my-3">
      <pre className="pr-24">
        <code>{code}</code>
      </pre>
      <CopyButton text={code} label={ui.copyCode} shown={ui.copy} labels={ui} variant="on-code" className="absolute top-0 right-0" />
    </div>
  );
}

/** Inline code that is a command, path or key (has a space, slash or backslash, or is long) gets a small copy button. */
export function MdxInlineCode({ children, ui }: { children?: ReactNode; ui: FollowUi }) {
  const code = textOf(children);
  const copyable = /[\s/\\]/.test(code) || code.length >= 12;
  return (
    <>
      <code>{children}</code>
      {copyable && <CopyButton text={code} label={ui.copyCodeNamed.replace("{code}", code)} labels={ui} inline />}
    </>
  );
}
