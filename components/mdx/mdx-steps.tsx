import { Children, isValidElement, type ReactNode } from "react";
import type { Dictionary } from "@/lib/dictionaries";
import { CopyButton } from "../copy-button";
import { cn } from "@/lib/cn";
import { ChecklistProgress, StepCheckbox, type ChecklistKey } from "../step-checklist";

type FollowUi = Dictionary["followUi"];

/** Top-level steps show how many are done; nested ones are plain sub-lists. */
export function MdxSteps({
  children,
  depth,
  ui,
  checklist,
}: {
  children?: ReactNode;
  depth?: string;
  ui: FollowUi;
  checklist: ChecklistKey;
}) {
  const nested = depth !== undefined && depth !== "1";
  return (
    <>
      {!nested && <ChecklistProgress checklist={checklist} progress={ui.progress} progressOne={ui.progressOne} reset={ui.reset} />}
      <ol className={nested ? "mt-3 space-y-3" : "my-4 space-y-4"}>{children}</ol>
    </>
  );
}

interface StepProps {
  children?: ReactNode;
  id?: string;
  number?: string;
  ui: FollowUi;
  checklist: ChecklistKey;
}

/** Sub-steps are laid out below the step, not inside its text column, so phones keep their width. */
function splitSubsteps(children: ReactNode): [ReactNode[], ReactNode[]] {
  const all = Children.toArray(children);
  const isSteps = (c: ReactNode) => isValidElement<{ depth?: string }>(c) && c.props.depth !== undefined;
  return [all.filter((c) => !isSteps(c)), all.filter(isSteps)];
}

/**
 * Phones: checkbox, number and link button share the step's first row and the text gets the full
 * width below; wider screens: the classic columns.
 */
export function MdxStep({ children, id = "", number = "", ui, checklist }: StepProps) {
  const nested = number.includes(".");
  const [own, substeps] = splitSubsteps(children);
  // A step with sub-steps is done when they are: only the sub-steps are ticked and counted.
  const countable = substeps.length === 0;
  return (
    <li id={id} className="step scroll-mt-4 list-none">
      <div className="step-body grid grid-cols-[auto_auto_1fr_auto] items-start gap-x-2 sm:gap-x-3">
        {countable ? (
          <StepCheckbox checklist={checklist} anchor={id} label={ui.stepDone.replace("{n}", number)} />
        ) : (
          <span aria-hidden className="min-w-11" />
        )}
        <a href={`#${id}`} className="step-number -my-2 inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center no-underline">
          <span
            className={cn(
              "inline-flex h-7 items-center justify-center rounded-full px-2 font-semibold tabular-nums",
              nested ? "min-w-10 bg-surface-muted text-sm text-fg" : "min-w-7 bg-accent text-accent-fg",
            )}
          >
            {number}
          </span>
        </a>
        <div className="step-text prose-content col-span-4 row-start-2 min-w-0 sm:col-span-1 sm:col-start-3 sm:row-start-1 [&>p:first-child]:mt-0.5">
          {own}
        </div>
        <CopyButton anchor={id} label={ui.copyStepLink.replace("{n}", number)} labels={ui} className="col-start-4 -my-2 text-fg-muted" />
      </div>
      {substeps.length > 0 && <div className="sm:ml-16">{substeps}</div>}
    </li>
  );
}

/** "Do A, or do B": one step (one tick) whose options are marked as a choice. */
export function MdxAlternatives({ children, orLabel, label }: { children?: ReactNode; orLabel: string; label: string }) {
  const options = Children.toArray(children).filter(isValidElement);
  return (
    <div role="group" aria-label={label} className="alternatives">
      <p className="font-semibold">{label}</p>
      <ul className="mt-2 space-y-2">
        {options.map((option, i) => (
          <li key={i} className="option list-none border-l-4 border-info-border pl-3">
            {i > 0 && <p className="font-semibold tracking-wide text-info uppercase">{orLabel}</p>}
            {option}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MdxOption({ children }: { children?: ReactNode }) {
  return <div className="[&>p:first-child]:mt-0">{children}</div>;
}
