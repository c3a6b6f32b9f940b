/** An error code the index knows: the pages that fix it (none: the article does not cover it), or another workload's. */
export interface CodeRef {
  code: string;
  variants: string[];
  /** Page ids whose fix applies, best first; empty when the article has no fix for it. */
  fix: string[];
  /** The id of the other product (SQL in a VM, Azure Files, MARS…) whose code it is: never a VM fix. */
  workload?: string;
}

/**
 * Codes are printed in several casings (KeyVault/Keyvault) and with version suffixes (…V2), and
 * retyped with or without a plural "s" (UserErrorMSIMissingPermission[s]).
 */
function keysOf(code: string): string[] {
  const key = code.toLowerCase();
  const unversioned = key.replace(/v\d$/, "");
  const base = unversioned !== key && unversioned.length >= 8 ? unversioned : key;
  const singular = base.length >= 12 ? base.replace(/s$/, "") : base;
  return [...new Set([key, base, singular])];
}

export class CodeBook {
  private readonly byKey = new Map<string, CodeRef>();

  constructor(codes: CodeRef[]) {
    for (const ref of codes) {
      for (const name of [ref.code, ...ref.variants]) for (const key of keysOf(name)) if (!this.byKey.has(key)) this.byKey.set(key, ref);
    }
  }

  /** The known code a token names, if any. */
  find(token: string): CodeRef | undefined {
    for (const key of keysOf(token)) {
      const ref = this.byKey.get(key);
      if (ref) return ref;
    }
    return undefined;
  }

  /** Known codes named anywhere in a text, in order of appearance, each once. */
  scan(text: string): CodeRef[] {
    const found = new Set<CodeRef>();
    for (const token of text.match(/[A-Za-z0-9]{5,}/g) ?? []) {
      const ref = this.find(token);
      if (ref) found.add(ref);
    }
    return [...found];
  }
}
