import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import type { Dictionary } from "@/lib/dictionaries";
import type { MdxComponentName } from "@/lib/content/mdx-elements";
import { remarkStepAnchors } from "@/lib/content/mdx-tree";
import { MdxCause, MdxFix, MdxNote } from "./mdx-callouts";
import { MdxCauses, MdxPossibleCause, MdxRemedy } from "./mdx-causes";
import { MdxCodeBlock, MdxInlineCode } from "./mdx-code";
import { MdxLink } from "./mdx-link";
import type { ChecklistKey } from "../step-checklist";
import { MdxAlternatives, MdxOption, MdxStep, MdxSteps } from "./mdx-steps";

/**
 * Compiles an entry's MDX at build time (static export) and renders it with the portal's components.
 * The content check has already refused anything but these components (lib/content/mdx-elements.ts).
 */
export async function MdxContent({ body, dict, checklist }: { body: string; dict: Dictionary; checklist: ChecklistKey }) {
  const { default: Content } = await evaluate(body, { ...runtime, remarkPlugins: [remarkGfm, remarkStepAnchors] });
  const t = dict.entry;
  const ui = dict.followUi;
  return (
    <Content
      components={
        {
          Steps: (props: { children?: React.ReactNode; depth?: string }) => <MdxSteps {...props} ui={ui} checklist={checklist} />,
          Fix: (props: { children?: React.ReactNode }) => <MdxFix {...props} heading={t.fix} />,
          Step: (props: React.ComponentProps<typeof MdxStep>) => <MdxStep {...props} ui={ui} checklist={checklist} />,
          Alternatives: (props: { children?: React.ReactNode }) => <MdxAlternatives {...props} orLabel={t.or} label={t.alternatives} />,
          Option: MdxOption,
          Causes: (props: { children?: React.ReactNode }) => <MdxCauses {...props} ui={t.causes} />,
          PossibleCause: (props: { children?: React.ReactNode; id?: string; number?: string }) => (
            <MdxPossibleCause {...props} ui={t.causes} />
          ),
          Remedy: (props: { children?: React.ReactNode }) => <MdxRemedy {...props} ui={t.causes} />,
          Cause: (props: { children?: React.ReactNode }) => <MdxCause {...props} heading={t.cause} />,
          Note: (props: { children?: React.ReactNode }) => <MdxNote {...props} heading={t.note} />,
          a: (props: React.ComponentProps<"a">) => <MdxLink {...props} externalLabel={t.externalLink} />,
          pre: (props: { children?: React.ReactNode }) => <MdxCodeBlock {...props} ui={ui} />,
          code: (props: { children?: React.ReactNode }) => <MdxInlineCode {...props} ui={ui} />,
        } satisfies Record<MdxComponentName | "a" | "pre" | "code", unknown>
      }
    />
  );
}
