import type { ReactNode } from "react";

export function MdxCause({ children, heading }: { children?: ReactNode; heading: string }) {
  return (
    <section aria-labelledby="cause" className="my-6 rounded-lg border border-caution-border bg-caution-soft px-4 py-3">
      <h2 id="cause" className="text-base font-bold text-caution">
        {heading}
      </h2>
      <div className="prose-content">{children}</div>
    </section>
  );
}

export function MdxNote({ children, heading }: { children?: ReactNode; heading: string }) {
  return (
    <aside className="my-6 rounded-lg border border-info-border bg-info-soft px-4 py-3">
      <p className="font-bold text-info">{heading}</p>
      <div className="prose-content">{children}</div>
    </aside>
  );
}

/** The fix of an error entry: its lead-in sentence and its steps, under one heading. */
export function MdxFix({ children, heading }: { children?: ReactNode; heading: string }) {
  return (
    <section aria-labelledby="fix" className="my-6">
      <h2 id="fix" className="mb-2 text-xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
