import { AppLink } from "@/components/app-link";

export interface Crumb {
  href?: string;
  label: string;
}

export function SiteBreadcrumbs({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav aria-label={label} className="mb-4 text-sm text-slate-600 print:hidden dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1">
        {crumbs.map((crumb, i) => (
          <li key={i} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">/</span>}
            {crumb.href ? (
              <AppLink href={crumb.href} className="underline-offset-4 hover:underline">
                {crumb.label}
              </AppLink>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
