import type { OperatingSystem } from "../content/browse";

/**
 * What only one operating system's VM prints or is asked about: its agent and extension names,
 * paths, shells and tools. The bare word "windows" is no sign ("maintenance windows", "Windows
 * Azure Linux Agent").
 */
const signs: Record<OperatingSystem, RegExp> = {
  linux:
    /\b(linux|waagent|walinuxagent|vmsnapshotlinux|ubuntu|rhel\d*|red hat|centos|suse|sles\d*|debian|systemctl|journalctl|dmesg|fsfreeze|selinux|sudo)\b|\broot@|(^|\s)\/(var\/(log|lib)|etc)\//im,
  windows:
    /\b(windows (server|10|11|vm)|microsoft windows|windowsazureguestagent|waappagent|vssadmin|event viewer|eventvwr|regedit|hklm)\b|\b[a-z]:\\|\w\.exe\b/i,
};

/** The one operating system a paste is plainly about, or undefined when it names none or both (query.ts passes it without URLs and host names). */
export function pasteOs(text: string): OperatingSystem | undefined {
  const linux = signs.linux.test(text);
  const windows = signs.windows.test(text);
  return linux === windows ? undefined : linux ? "linux" : "windows";
}
