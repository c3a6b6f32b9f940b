import { Children, isValidElement, type ReactNode } from "react";
import type { Dictionary } from "@/lib/dictionaries";
import { CopyButton } from "../copy-button";
import { ChecklistProgress, StepCheckbox } from "../step-checklist";

type FollowUi = Dictionary["followUi"];

/** Top-level steps show how many are done; nested ones are plain sub-lists. */
export function MdxSteps({ children, depth, ui }: { children?: ReactNode; depth?: string; ui: FollowUi }) {
  const nested = depth !== undefined && depth !== "1";
  return (
    <>
      {!nested && <ChecklistProgress progress={ui.progress} progressOne={ui.progressOne} reset={ui.reset} />}
      <ol className={nested ? "mt-3 space-y-3" : "my-4 space-y-4"}>{children}</ol>
    </>
  );
}

interface StepProps {
  children?: ReactNode;
  id?: string;
  number?: string;
  ui: FollowUi;
}

/** Sub-steps are laid out below the step, not inside its text column, so phones keep their width. */
function splitSubsteps(children: ReactNode): [ReactNode[], ReactNode[]] {
  const all = Children.toArray(children);
  const isSteps = (c: ReactNode) => isValidElement<{ depth?: string }>(c) && c.props.depth !== undefined;
  return [all.filter((c) => !isSteps(c)), all.filter(isSteps)];
}

export function MdxStep({ children, id = "", number = "", ui }: StepProps) {
  const nested = number.includes(".");
  const [own, substeps] = splitSubsteps(children);
  // A step with sub-steps is done when they are: only the sub-steps are ticked and counted.
  const countable = substeps.length === 0;
  return (
    <li id={id} className="step scroll-mt-4 list-none">
      <div className="step-body flex items-start gap-2 sm:gap-3">
        {countable ? <StepCheckbox anchor={id} label={ui.stepDone.replace("{n}", number)} /> : <span className="size-5 shrink-0" />}
        <a
          href={`#${id}`}
          className={`step-number mt-0.5 inline-flex h-7 shrink-0 items-center justify-center rounded-full font-semibold tabular-nums no-underline ${
            nested ? "min-w-10 bg-slate-200 px-2 text-sm text-slate-900 dark:bg-slate-700 dark:text-slate-100" : "min-w-7 bg-blue-700 px-2 text-white dark:bg-blue-300 dark:text-slate-950"
          }`}
        >
          {number}
        </a>
        <div className="step-text prose-content min-w-0 flex-1 [&>p:first-child]:mt-0.5">
          {own}
        </div>
        <CopyButton anchor={id} label={ui.copyStepLink.replace("{n}", number)} labels={ui} />
      </div>
      {substeps.length > 0 && <div className="ml-3 sm:ml-16">{substeps}</div>}
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
          <li key={i} className="option list-none border-l-4 border-sky-600 pl-3 dark:border-sky-400">
            {i > 0 && <p className="font-semibold uppercase tracking-wide text-sky-800 dark:text-sky-300">{orLabel}</p>}
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
