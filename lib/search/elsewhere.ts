import type { SearchResponse } from "./engine";

export interface ElsewhereLabels {
  /** "{code} comes from {workload}…": one code of the paste is that product's. */
  otherWorkload: string;
  /** The same for several codes ("{code}" is the list). */
  otherWorkloadMany: string;
  /** "This looks like a problem with {workload}…": its words, no code of it. */
  otherProduct: string;
  listSeparator: string;
}

/** When there is no fix and the paste belongs to another product: the sentence that says so, naming its codes of the paste. */
export function elsewhereNotice(response: SearchResponse, labels: ElsewhereLabels): string | undefined {
  const { product } = response;
  if (!product || response.hits.length > 0) return undefined;
  const codes = response.codes.filter((c) => c.workload === product.id).map((c) => c.code);
  const template = codes.length === 0 ? labels.otherProduct : codes.length === 1 ? labels.otherWorkload : labels.otherWorkloadMany;
  return template.replace("{code}", codes.join(labels.listSeparator)).replace("{workload}", product.name);
}
