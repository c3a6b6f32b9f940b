import { Children, isValidElement, type ReactNode } from "react";

type CausesUi = { heading: string; cause: string; remedy: string };

const isCause = (child: ReactNode) => isValidElement<{ number?: string }>(child) && child.props.number !== undefined;

/**
 * Independent causes, each with its own remedy: a reader checks which one applies and does only
 * what that one says. Not steps, so nothing here is ticked off or counted.
 */
export function MdxCauses({ children, ui }: { children?: ReactNode; ui: CausesUi }) {
  const all = Children.toArray(children);
  return (
    <section aria-labelledby="causes" className="causes my-6">
      <h2 id="causes" className="mb-2 text-xl font-bold">
        {ui.heading}
      </h2>
      {all.filter((c) => !isCause(c))}
      <ol className="mt-3 space-y-4">{all.filter(isCause)}</ol>
    </section>
  );
}

export function MdxPossibleCause({ children, id, number = "", ui }: { children?: ReactNode; id?: string; number?: string; ui: CausesUi }) {
  const label = ui.cause.replace("{n}", number);
  return (
    <li id={id} aria-label={label} className="possible-cause scroll-mt-4 list-none rounded-lg border border-caution-border px-4 py-3">
      <p className="text-sm font-bold text-caution">
        <a href={`#${id}`} className="no-underline">
          {label}
        </a>
      </p>
      <div className="prose-content">{children}</div>
    </li>
  );
}

export function MdxRemedy({ children, ui }: { children?: ReactNode; ui: CausesUi }) {
  return (
    <div className="remedy mt-3 border-l-4 border-accent pl-3">
      <p className="text-sm font-bold">{ui.remedy}</p>
      {children}
    </div>
  );
}
