/**
 * Words people use for the same thing in the two languages, or in the other wording of the same
 * language (the article says "Key Vault" where people type 金鑰保存庫). An entry containing one
 * form is also found by the others.
 */
const groups: string[][] = [
  ["key vault", "金鑰保存庫", "金鑰庫"],
  ["snapshot", "快照集", "快照"],
  ["vss writer", "vss 寫入器", "寫入器"],
  ["bad state", "不正常", "錯誤狀態"],
  ["vm agent", "guest agent", "vm 代理程式", "代理程式"],
  ["extension", "延伸模組", "擴充功能"],
  ["vault", "保存庫"],
  ["storage account", "儲存體帳戶"],
  ["subnet", "子網路"],
  ["virtual network", "vnet", "虛擬網路"],
  ["permission", "permissions", "權限", "授權"],
  ["cancel", "取消"],
  ["update", "upgrade", "更新", "升級"],
  ["encryption", "encrypted", "加密"],
  ["freeze", "凍結"],
  ["mount point", "掛接點", "掛載點"],
  ["reserved ip", "保留的 ip", "保留 ip"],
  ["cloud service", "雲端服務"],
  ["resource group", "資源群組"],
  ["quota", "配額"],
  ["timed out", "timeout", "逾時"],
  ["internal error", "內部錯誤"],
  ["not found", "doesn't exist", "does not exist", "不存在", "找不到"],
  ["slow", "takes long", "long time", "很花時間", "很慢"],
  ["more than", "longer than", "超過", "(>"],
];

const index = new Map<string, string[]>();
for (const group of groups) for (const term of group) index.set(term, group);

/**
 * The other forms of every glossary term a text contains. Added to the entry at index time (like
 * a search engine's synonyms), so a query in any form matches without being made longer.
 */
export function synonymsFor(normalizedText: string): string[] {
  const extra = new Set<string>();
  for (const [term, group] of index) {
    if (!normalizedText.includes(term)) continue;
    for (const other of group) if (!normalizedText.includes(other)) extra.add(other);
  }
  return [...extra];
}
