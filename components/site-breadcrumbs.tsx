import { AppLink } from "./app-link";

export interface Crumb {
  href: string;
  label: string;
}

/** The way up from the current page; the page itself is its heading, so it is not repeated here. */
export function SiteBreadcrumbs({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav aria-label={label} className="mb-2 text-sm text-fg-muted print:hidden">
      <ol className="flex flex-wrap items-center gap-x-1">
        {crumbs.map((crumb, i) => (
          <li key={crumb.href} className="flex items-center gap-x-1">
            {i > 0 && <span aria-hidden="true">/</span>}
            <AppLink href={crumb.href} className="inline-flex min-h-11 min-w-11 items-center underline-offset-4 hover:underline">
              {crumb.label}
            </AppLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
