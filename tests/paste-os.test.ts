import { describe, expect, it } from "vitest";
import { nodeEngines } from "@/lib/search-tools/node-engines";
import { loadContent } from "@/lib/content/source";
import { pasteOs } from "@/lib/search/paste-os";

describe("the operating system a paste is about", () => {
  it("reads Linux from its agent, paths, shells and distributions", () => {
    expect(pasteOs("Windows Azure Linux Agent (waagent) is not running")).toBe("linux");
    expect(pasteOs("2024/01/02 ERROR ExtHandler Event: name=Microsoft.Azure.RecoveryServices.VMSnapshotLinux, op=Enable")).toBe("linux");
    expect(pasteOs("[root@app01 ~]# tail /var/log/waagent.log")).toBe("linux");
    expect(pasteOs("Ubuntu 22.04 的 VM 備份一直失敗")).toBe("linux");
    expect(pasteOs("grep VMSnapshot /var/log/waagent.log")).toBe("linux");
    expect(pasteOs("cat /etc/fstab")).toBe("linux");
  });
  it("reads Windows from its agent, drives, tools and versions", () => {
    expect(pasteOs("C:\\WindowsAzure\\Logs\\WaAppAgent.log")).toBe("windows");
    expect(pasteOs("vssadmin list writers")).toBe("windows");
    expect(pasteOs("sc query WindowsAzureGuestAgent")).toBe("windows");
    expect(pasteOs("Windows Server 2019 VM 快照失敗")).toBe("windows");
  });
  it("decides nothing when a paste names neither or both", () => {
    expect(pasteOs("Backup failed with an internal error")).toBeUndefined();
    expect(pasteOs("Linux VM 和 Windows Server 2019 VM 都備份失敗")).toBeUndefined();
    expect(pasteOs("https://myvault.blob.core.windows.net")).toBeUndefined(); // a host name is not the VM's system
    expect(pasteOs("backups overlap the maintenance windows")).toBeUndefined();
    expect(pasteOs("sudoku rhelp linuxfoo")).toBeUndefined();
  });
});

describe("fixes for one operating system", () => {
  const engines = nodeEngines(loadContent());
  const windowsOnly = ["vss-writers-bad-state", "vc-redist-install-failure", "snapshot-extension-com-msdtc", "bitlocker-locked-drive"];
  it("are not offered for a paste plainly from the other one", () => {
    const linux =
      "waagent.log: ERROR ExtHandler Event: name=Microsoft.Azure.RecoveryServices.VMSnapshotLinux, op=Install, message=Failed to install the extension";
    const { hits, suggestions } = engines.en.search(linux);
    expect([...hits, ...suggestions].map((h) => h.doc.id).filter((id) => windowsOnly.includes(id))).toEqual([]);
    const windows = "Windows Server 2016: Failed to freeze one or more mount points of the VM to take a file-system consistent snapshot";
    expect(engines.en.search(windows).hits.map((h) => h.doc.id)).not.toContain("fs-freeze-failed");
  });
  it("are still the answer to a code that names them: a code outranks the guess", () => {
    expect(engines.en.search("ExtensionInstallationFailure on my ubuntu VM").hits[0]?.doc.id).toBe("vc-redist-install-failure");
  });
  it("are still offered when the paste does not say which system it is", () => {
    expect(engines.en.search("Snapshot failed because VSS writers are in a bad state").hits[0]?.doc.id).toBe("vss-writers-bad-state");
  });
});
