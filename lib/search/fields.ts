import type { OperatingSystem } from "../content/browse";
import type { Category } from "../content/categories";
import type { EntrySource } from "../content/schema";
import type { CodeRef } from "./codes";

/*
 * The shape of the search index, shared by the build (documents.ts) and the browser's engine,
 * which must not import the build's modules (glossary, content).
 */

/** What a result shows: small, so the serialized index stays small. */
export interface SearchDoc {
  id: string;
  category: Category;
  title: string;
  summary: string;
  url: string;
  source: EntrySource;
  codes: string[];
  /** Ids of the pages it is related to: a near tie with one of them is no doubt about the topic. */
  related: string[];
  /** The one operating system the fix applies to (VSS is Windows', fsfreeze Linux's); none: either. */
  os?: OperatingSystem;
  /** A guide's sub-sections and where each starts in the `body` field (in its text; in the serialized index, in its terms), to link to the part that matched. */
  sections?: { anchor: string; title: string; start: number }[];
}

/**
 * The searched text of a page, in fields of different weight: `message` is what the service
 * prints and what the page is called, in both languages (plus codes, glossary synonyms and the
 * messages printed with its catalogued codes); `phrases` is how people describe it, in both
 * languages, and what the agent logs for it; `body` is what the page says.
 */
export interface SearchRecord {
  message: string;
  phrases: string;
  body: string;
}

/** A page's searched text, and what the service prints for it (its errors in both languages, its codes' messages, the fixed runs of its log lines): a line holding one whole is that message. */
export interface PageRecord extends SearchRecord {
  printed: string[];
}

/** A segment this long that appears word for word in a page's printed message is that message (a shorter one never is). */
export const minPhraseLength = 20;

/** Field weights for BM25F: a word of the printed message counts three times a word of a step. */
export const fieldWeights: Record<keyof SearchRecord, number> = { message: 3, phrases: 2, body: 1 };
export const fieldKeys = Object.keys(fieldWeights) as (keyof SearchRecord)[];

/**
 * Something the portal has no fix for: a VM backup code the article does not cover, another
 * product's code or message, or the words people use for another product. Searched like a page
 * (a code is a word of its message); empty fields are left out of the file.
 */
export interface OutOfScopeRecord {
  code?: string;
  /** The other product it belongs to; absent for codes of VM backup that the article does not cover. */
  product?: string;
  message?: string;
  phrases?: string;
}

/** A product the portal does not cover, named in the page's language, with Microsoft's troubleshooting for it. */
export interface OtherProduct {
  id: string;
  name: string;
  official?: string;
}

export interface IndexedCorpus {
  docs: SearchDoc[];
  records: PageRecord[];
  outOfScope: OutOfScopeRecord[];
  products: OtherProduct[];
  codes: CodeRef[];
}

/** Lines of a field are joined with this; highlighting splits on it. */
export const fieldSeparator = " \n ";
