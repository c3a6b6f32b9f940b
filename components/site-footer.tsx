import type { Dictionary } from "@/lib/dictionaries";

const articleUrl = "https://learn.microsoft.com/azure/backup/backup-azure-vms-troubleshoot";

export function SiteFooter({ dict }: { dict: Dictionary }) {
  return (
    <footer className="mt-16 border-t border-border-muted py-8 text-sm text-fg-muted print:hidden">
      <div className="mx-auto max-w-5xl space-y-2 px-4">
        <p>
          {dict.footer.credit}{" "}
          <a className="underline" href={articleUrl} rel="noopener noreferrer">
            Microsoft Docs
          </a>
          ,{" "}
          <a className="underline" href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">
            {dict.footer.license}
          </a>
          .
        </p>
        <p>{dict.footer.translation}</p>
      </div>
    </footer>
  );
}
