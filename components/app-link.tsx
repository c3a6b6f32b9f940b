import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's internal link. No viewport prefetching: on a static site pages load fast anyway, and
 * prefetching every visible link competed with the page's own loading (measured: ~20 requests
 * before the search results painted, a worse Lighthouse LCP and TBT).
 */
export function AppLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
