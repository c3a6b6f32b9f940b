import type { Link } from "mdast";
import { learnFolder } from "../article/learn";
import type { Locale } from "../i18n";

/** In-page anchors of the article that the portal serves as guide pages. */
const anchorPages: Record<string, string> = {
  "vm-agent": "guides/vm-agent",
  "setting-up-the-vm-agent": "guides/vm-agent#setting-up-the-vm-agent",
  "updating-the-vm-agent": "guides/vm-agent#updating-the-vm-agent",
  "validating-vm-agent-installation": "guides/vm-agent#validating-vm-agent-installation",
  networking: "guides/networking",
  "troubleshoot-vm-snapshot-issues": "guides/troubleshoot-vm-snapshot-issues",
  "backup-or-restore-taking-time": "guides/backup-or-restore-taking-time",
};

export function rewriteUrl(url: string, locale: Locale): string {
  if (url.startsWith("#")) {
    const page = anchorPages[url.slice(1)];
    if (!page) throw new Error(`Link to unknown in-page anchor ${url}`);
    return `/${locale}/${page}`;
  }
  if (/^[a-z]+:/i.test(url)) return url; // absolute (fwlinks and other sites stay as they are)
  const resolved = new URL(url, learnFolder(locale));
  resolved.pathname = resolved.pathname.replace(/\.md$/, "");
  resolved.search = ""; // ?toc=... only steers the old docs' navigation pane
  return resolved.toString();
}

export function rewriteLink(link: Link, locale: Locale): void {
  link.url = rewriteUrl(link.url, locale);
}
