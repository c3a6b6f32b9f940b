import type { ComponentProps } from "react";

/** A link that leaves the site: marked ↗ on screen and said in words to screen readers. */
export function ExternalLink({ children, label, ...props }: ComponentProps<"a"> & { label: string }) {
  return (
    <a rel="noopener noreferrer" {...props}>
      {children}
      <span aria-hidden="true" className="ml-0.5 inline-block text-[0.8em]">
        ↗
      </span>
      <span className="sr-only"> {label}</span>
    </a>
  );
}
