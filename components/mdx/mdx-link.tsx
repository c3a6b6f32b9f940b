import { AppLink } from "@/components/app-link";
import type { ComponentProps } from "react";

/** Internal links navigate client-side; external ones say that they leave the site. */
export function MdxLink({ href = "", children, externalLabel, ...rest }: ComponentProps<"a"> & { externalLabel: string }) {
  if (href.startsWith("/"))
    return (
      <AppLink href={href} {...rest}>
        {children}
      </AppLink>
    );
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
      <span aria-hidden="true" className="ml-0.5 inline-block text-[0.8em]">
        ↗
      </span>
      <span className="sr-only"> {externalLabel}</span>
    </a>
  );
}
