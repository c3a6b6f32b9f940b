/** The operating systems a page's fix can be limited to (content/browse.json `os`). */
export type PasteOs = "windows" | "linux";

/**
 * What only one operating system's VM prints or is asked about: its agent and extension names,
 * paths, shells and tools. "Windows Azure Linux Agent" names both, so it decides nothing.
 */
const signs: Record<PasteOs, RegExp> = {
  linux:
    /\b(linux|waagent|walinuxagent|vmsnapshotlinux|ubuntu|rhel|red hat|centos|suse|sles|debian|systemctl|journalctl|dmesg|fsfreeze|selinux|sudo|root@)|(^|\s)\/(var\/(log|lib)|etc)\//im,
  windows: /\b(windows|waappagent|vssadmin|event viewer|eventvwr|regedit|hklm|[a-z]:\\|server 20(08|12|16|19|22))|\w\.exe\b/i,
};

/** URLs and host names say nothing of the VM's system (every blob is on …windows.net). */
const addresses = /\bhttps?:\/\/\S+|\.windows\.net\b/gi;

/** The one operating system a paste is plainly about, or undefined when it names none or both. */
export function pasteOs(paste: string): PasteOs | undefined {
  const text = paste.replace(addresses, " ");
  const linux = signs.linux.test(text);
  const windows = signs.windows.test(text);
  return linux === windows ? undefined : linux ? "linux" : "windows";
}
