/**
 * Editorial decisions the article itself cannot express: each row's stable id, and how a row's
 * prose splits into cause and steps where the default reading is wrong. Sentences are numbered
 * from 1 in the row's prose (the text outside its list); every sentence must be placed once.
 */
export interface RowLayout {
  cause: number[];
  /** Each inner array is one step made of those sentences. */
  steps: number[][];
  /** Sentences read before the steps ("To fix this error:"). */
  lead?: number[];
  /** Sentences shown after the steps as a note. */
  notes?: number[][];
  /** Put the message's own recommended action first among the steps. */
  messageActionFirst?: boolean;
}

export interface RowConfig {
  id: string;
  /** When the message's first clause does not name the error well. */
  title?: string;
  /** When the summary cannot be the first sentence of the cause or the first step. */
  summary?: string;
  layout?: RowLayout;
  /** The cell's list holds independent causes (each with its own remedy) though no lead-in says so. */
  listAs?: "causes";
  related?: string[];
}

type SectionConfig = Record<number, RowConfig>;

const vmGone = ["vm-no-longer-exists", "virtual-machine-does-not-exist", "azure-vm-not-found"];
const others = (id: string, group: string[]) => group.filter((g) => g !== id);

export const rowConfig: Record<string, SectionConfig> = {
  backup: {
    1: { id: "vm-no-longer-exists", related: others("vm-no-longer-exists", vmGone) },
    2: {
      id: "vm-agent-snapshot-status",
      layout: { cause: [1], steps: [[2], [3, 4]] },
      related: ["troubleshoot-vm-snapshot-issues", "networking", "vm-agent"],
    },
    3: { id: "recovery-services-extension-failed", related: ["vm-agent"] },
    4: { id: "virtual-machine-does-not-exist", related: others("virtual-machine-does-not-exist", vmGone) },
    5: { id: "another-operation-in-progress", title: "另一項作業目前正在此項目上進行" },
    6: { id: "copying-vhds-timed-out", related: ["backup-or-restore-taking-time"] },
    7: { id: "backup-internal-error", related: vmGone }, // its second cause: the VM was deleted
    8: { id: "extension-install-needs-vm-agent", related: ["vm-agent", "vm-agent-not-present"] },
    9: { id: "extension-install-com-msdtc", related: ["snapshot-extension-com-msdtc"] },
    10: { id: "bitlocker-locked-drive", layout: { cause: [], steps: [[1]] } },
    11: {
      id: "vm-state-prevents-backup",
      listAs: "causes",
      summary: "VM 處於「執行中」與「關閉」之間的暫時性狀態，或 Linux VM 的安全性原則未排除 Linux 代理程式路徑。",
    },
    12: { id: "azure-vm-not-found", related: others("azure-vm-not-found", vmGone) },
    13: {
      id: "vm-agent-not-present",
      layout: { cause: [], steps: [[1]], messageActionFirst: true },
      related: ["vm-agent", "extension-install-needs-vm-agent"],
    },
    // Sentence 1 is what to do (restart the writers), not a cause; the steps say how.
    14: { id: "vss-writers-bad-state", layout: { cause: [], lead: [1], steps: [[2, 3], [4]] } },
    // Sentence 4 is the condition ("if the permissions differ…"): the list becomes its sub-steps.
    15: { id: "config-parsing-failure", layout: { cause: [1], steps: [[2, 3], [4]] } },
    16: { id: "encrypted-with-bek-only", layout: { cause: [], steps: [[1], [2]] }, related: ["key-vault-permissions"] },
    17: { id: "key-vault-permissions", layout: { cause: [], steps: [[1]] }, related: ["encrypted-with-bek-only"] },
    18: {
      id: "snapshot-extension-com-msdtc",
      title: "快照集擴充安裝失敗：COM+ 無法與 Microsoft Distributed Transaction Coordinator 通話",
      // Sentence 2 is the condition ("if it fails to start…"): the list becomes its sub-steps.
      layout: { cause: [], steps: [[1], [2]] },
      related: ["extension-install-com-msdtc"],
    },
    19: { id: "fs-freeze-failed" },
    20: { id: "secure-channel-failure" },
    21: { id: "vc-redist-install-failure", layout: { cause: [], steps: [[1], [2], [3]] } },
  },
  jobs: {
    1: { id: "cancel-not-supported", related: ["cancel-job-failed"] },
    2: { id: "job-not-cancelable", related: ["cancel-job-not-in-progress"] },
    3: { id: "cancel-job-not-in-progress", related: ["job-not-cancelable"] },
    4: { id: "cancel-job-failed", related: ["cancel-not-supported"] },
  },
  restore: {
    1: {
      id: "cloud-internal-error",
      listAs: "causes",
      summary: "要還原到的雲端服務設定了 DNS、設定了保留的 IP 且其中現有的 VM 已停止，或要還原的 VM 具有特殊網路組態。",
    },
    2: { id: "dns-name-taken", layout: { cause: [1, 2], steps: [[3]], notes: [[4, 5, 6]] } },
    3: { id: "invalid-virtual-network", related: ["subnet-not-found"] },
    4: { id: "reserved-ip-mismatch", related: ["cloud-internal-error"] },
    5: { id: "input-endpoint-limit" },
    6: { id: "vault-storage-region-mismatch", related: ["unsupported-storage-account"] },
    7: { id: "unsupported-storage-account", related: ["storage-account-offline"] },
    8: { id: "storage-account-offline", related: ["unsupported-storage-account"] },
    9: { id: "resource-group-quota" },
    10: { id: "subnet-not-found", related: ["invalid-virtual-network"] },
    11: { id: "no-subscription-authorization", layout: { cause: [], steps: [[1], [2]] } },
  },
};

/** Guides keep the article's own anchor as their id. */
export const guideRelated: Record<string, string[]> = {
  "backup-or-restore-taking-time": ["copying-vhds-timed-out"],
  "vm-agent": ["vm-agent-not-present", "extension-install-needs-vm-agent", "recovery-services-extension-failed"],
  "troubleshoot-vm-snapshot-issues": ["vm-agent-snapshot-status", "vss-writers-bad-state"],
  networking: ["vm-agent-snapshot-status", "troubleshoot-vm-snapshot-issues"],
};
