import type { ReactNode } from "react";

export function MdxCause({ children, heading }: { children?: ReactNode; heading: string }) {
  return (
    <section aria-labelledby="cause" className="my-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 dark:border-amber-700 dark:bg-amber-950/40">
      <h2 id="cause" className="text-base font-bold text-amber-900 dark:text-amber-200">
        {heading}
      </h2>
      <div className="prose-content">{children}</div>
    </section>
  );
}

export function MdxNote({ children, heading }: { children?: ReactNode; heading: string }) {
  return (
    <aside className="my-6 rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 dark:border-sky-700 dark:bg-sky-950/40">
      <p className="font-bold text-sky-900 dark:text-sky-200">{heading}</p>
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
