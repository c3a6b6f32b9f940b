import type { ComponentProps } from "react";
import { AppLink } from "@/components/app-link";
import { cn } from "@/lib/cn";

/** An internal link in the link colour; `quiet` links underline on hover only (navigation, lists). */
export function TextLink({ quiet, className, ...props }: ComponentProps<typeof AppLink> & { quiet?: boolean }) {
  return <AppLink className={cn("text-link underline-offset-4", quiet ? "hover:underline" : "underline", className)} {...props} />;
}
