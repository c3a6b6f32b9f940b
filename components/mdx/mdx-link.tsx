import { AppLink } from "@/components/app-link";
import { ExternalLink } from "@/components/external-link";
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
    <ExternalLink href={href} label={externalLabel} {...rest}>
      {children}
    </ExternalLink>
  );
}
