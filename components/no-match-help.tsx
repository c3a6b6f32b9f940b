import type { Dictionary } from "@/lib/dictionaries";
import { TextLink } from "./ui/text-link";

/** When nothing matched (or search could not load): what to try, and the categories to browse. */
export function NoMatchHelp({
  labels,
  categoryLinks,
  noMatch,
}: {
  labels: Dictionary["searchUi"];
  categoryLinks: { href: string; label: string }[];
  noMatch: boolean;
}) {
  return (
    <div className="rounded-lg border border-border p-4">
      {noMatch && <p>{labels.noMatchHelp}</p>}
      <ul className="mt-2 flex flex-wrap gap-x-4">
        {categoryLinks.map((link) => (
          <li key={link.href}>
            <TextLink href={link.href} className="inline-flex min-h-11 items-center">
              {link.label}
            </TextLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
