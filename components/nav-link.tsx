"use client";

import { usePathname } from "next/navigation";
import type { ComponentProps } from "react";
import { AppLink } from "./app-link";

/** A navigation link marked as current (aria-current, styled by it) on its section's pages. */
export function NavLink({ href, ...props }: ComponentProps<typeof AppLink> & { href: string }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return <AppLink href={href} aria-current={current ? "page" : undefined} {...props} />;
}
