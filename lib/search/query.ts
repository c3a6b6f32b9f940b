import type { OperatingSystem } from "../content/browse";
import type { CodeBook, CodeRef } from "./codes";
import { normalizeText } from "./normalize";
import { pasteOs } from "./paste-os";

/**
 * Query understanding: what a person pastes is rarely a clean sentence. This turns a paste
 * (portal text, `az` JSON, PowerShell job details, log lines) into the error codes it names and
 * the message segments worth searching, dropping identifiers along the way, so that the query we
 * show and share carries nothing about the person's estate.
 */
export interface UnderstoodQuery {
  /** Known error codes named in the paste (covered, uncovered or another workload's), in order of appearance. */
  codes: CodeRef[];
  /** Cleaned message segments, one per line or JSON message, best candidates first. */
  segments: string[];
  /** What was searched: codes and segments, safe to put in a URL. */
  cleaned: string;
  /** The paste was cut to keep the page responsive. */
  truncated: boolean;
  /** The one operating system the paste is plainly from (its URLs and host names aside), if any. */
  os?: OperatingSystem;
}

/** Work is bounded whatever the paste: at most this many characters and segments are considered. */
export const limits = { chars: 20_000, lineChars: 400, segments: 24, segmentChars: 200, cleanedChars: 600 };

const noise: RegExp[] = [
  /\bhttps?:\/\/\S+/gi, // URLs
  /\/subscriptions\/[^\s"',;]*/gi, // Azure resource ids (subscription, resource group, VM names)
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, // GUIDs (activity, job, subscription ids)
  /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g, // e-mail addresses
  /\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, // IPv4
  /\b([0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b/gi, // IPv6
  /\b\d{4}[-/]\d{2}[-/]\d{2}([t ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?\b/gi, // ISO dates and times
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, // 4/24/2017
  /\b\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s?[ap]m)?\b/gi, // clock times
  /\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|local|internal|cloudapp\.net|windows\.net|azure\.com)\b/gi, // host names
  /\biaasvmcontainer(v2)?;[^\s"']+/gi, // backup item names: iaasvmcontainerv2;<resource group>;<vm>
  /^\s*(volume in drive \w+ (is|has)|volume serial number is|directory of|\d+ (file|dir)\(s\)) .*$/gim, // cmd's dir output around a listing
];

/** Labels whose value identifies the person's resources (or is JSON bookkeeping): the whole value goes. */
const identityLabels = [
  "vm ?name",
  "virtual ?machine( name)?",
  "computer ?name",
  "host ?name",
  "resource ?group( name)?",
  "subscription( id| name)?",
  "vault( name)?",
  "backup ?item",
  "item ?name",
  "entity ?friendly ?name",
  "workload ?name",
  "container ?name",
  "user",
  "tenant( id)?",
  "job ?id",
  "activity ?id",
  "correlation ?id",
  "request ?id",
  "tracking ?id",
  "operation ?id",
  "name",
  "id",
  "type",
  "location",
  "properties",
  "start ?time",
  "end ?time",
  "percent ?complete",
  "duration",
  "time ?generated",
  "timestamp",
  "虛擬機器名稱",
  "資源群組",
  "訂用帳戶",
  "保存庫",
  "活動識別碼",
];
const identityLabel = new RegExp(`^\\s*["']?(${identityLabels.join("|")})["']?\\s*[:=]`, "i");

/** Labels around the message itself: the label goes, the value stays. */
const messageLabel =
  /["']?\b(error ?code|error ?message|error ?details|error ?title|recommendations?|message|code|details|status|statusmessage|error|target)\b["']?\s*[:=]\s*|(錯誤碼|錯誤訊息|錯誤詳細資料|建議動作|建議)\s*[:：]\s*/gi;

/**
 * Azure's fixed platform address, the same in every VM: the WireServer the guest agent and its
 * extensions talk to. It says what failed (the agent's link to the platform), not whose estate it is.
 */
const wireServer = /(^|[^\d.])(https?:\/\/)?168\.63\.129\.16(:\d+)?(?!\d|\.\d)(\/[^\s"',;)\]]*)?/g;

/** waagent's thread after the level ("INFO ExtHandler ExtHandler", "INFO TelemetryEventsCollector"): which part of the agent logged, not what failed. */
const agentThread =
  /\b(INFO|WARNING|WARN|ERROR|VERBOSE)\s{1,8}((Daemon|(Ext|Monitor|Env|CollectLogs|SendTelemetry|Provision)Handler|TelemetryEventsCollector)\s{1,8}){1,2}/g;

function stripNoise(line: string): string {
  let text = line.replace(wireServer, "$1 WireServer ").replace(agentThread, "$1 ");
  for (const pattern of noise) text = text.replace(pattern, " ");
  return text;
}

/**
 * A stack frame (.NET and Mono, Java, Node, Python) or an exception chain's marker: where the code
 * was, not what went wrong. A frame names a qualified method ("at A.B(", "at A.B+<C>d__1.D ("), so
 * a sentence such as "at step(3) the job stops" is kept.
 */
const stackFrame =
  /^\s*(at\s+(async\s+|new\s+|\(wrapper [^)]*\)\s*)?[a-z_$<][\w$`<>+[\],/]*(\.{1,2}[\w$`<>+[\],/]+)+\s*\(|at\s+(new\s+)?[\w$.<>]+\s+\([^()]*:\d+(:\d+)?\)|at\s+(new\s+\w+\s+\()?<anonymous>|at\s+\/\S+:\d+:\d+|---\s*end of [\w ]*stack trace|file "[^"]*", line \d+)/i;

/** A line that is only a file's path: the name of the log that follows, not what went wrong. */
const pathOnly = /^\s*(\/[\w.@-]+)+\/?:?\s*$|^\s*[a-z]:\\[^\s]*:?\s*$/i;

/** A line as search reads it: its noise, labels and markup gone (empty when nothing is left to read). */
export function cleanSegment(line: string): string {
  if (identityLabel.test(line) || pathOnly.test(line) || stackFrame.test(line)) return "";
  let text = stripNoise(line).replace(messageLabel, " ");
  text = text.replace(/\(\s*\)/g, " ").replace(/[{}[\]"`|<>\\]+/g, " "); // emptied brackets, JSON / table / markup punctuation
  text = text.replace(/^[\s\-*#>:,.=]+/, "");
  text = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'(.*)'$/, "$1"); // a Python-printed 'value'
  return /[\p{L}\p{N}]{2}/u.test(text) ? text : "";
}

/** A line's form for word-for-word comparison: folded, punctuation and spacing ignored. */
export function verbatimForm(text: string): string {
  return normalizeText(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** At most a segment's length, cut at a word's end. */
function capSegment(text: string): string {
  return text.length > limits.segmentChars ? text.slice(0, limits.segmentChars).replace(/\s\S*$/, "") : text;
}

/** A log level, or a dotted source name ("Microsoft.Azure.RecoveryServices.VMSnapshotLinux-1.0"): what log lines start with. */
const logWord = /^(info|warn|warning|error|err|verbose|debug|trace|critical|fatal|\w+(\.\w+){2,}\S*)$/i;

/**
 * Log lines repeat the same source and level before what differs; read on every line, that prefix
 * outweighs the words that tell the lines apart. The longest run of leading words that at least
 * three lines share is dropped when it is a log prefix (a level or source name), however many
 * other lines (a question, the commands run) the paste has around the log.
 */
function withoutLogPrefix(lines: string[]): string[] {
  const words = lines.map((l) => l.split(" "));
  const needed = 3;
  let prefix: string[] = [];
  for (let k = 1; k <= 6; k++) {
    const counts = new Map<string, number>();
    for (const w of words) {
      const start = w.slice(0, k).join(" ");
      if (w.length > k) counts.set(start, (counts.get(start) ?? 0) + 1);
    }
    const shared = [...counts].find(([, n]) => n >= needed)?.[0];
    if (!shared) break;
    prefix = shared.split(" ");
  }
  if (!prefix.some((w) => logWord.test(w))) return lines;
  const head = prefix.join(" ") + " ";
  return lines.map((l) => (l.startsWith(head) ? l.slice(head.length) : l));
}

/** Splits a paste into lines, pulling message values out of JSON so that each is its own segment. */
function lines(paste: string): string[] {
  return paste
    .replace(/\\n|\\r/g, "\n")
    .replace(/[,{}]\s*(?=(["'])\w+\1\s*:)/g, "\n") // one JSON (or Python-printed, 'single-quoted') property per line
    .split(/\r?\n|\r/)
    .map((line) => (line.length > limits.lineChars ? line.slice(0, limits.lineChars) : line));
}

export function understandQuery(raw: string, codeBook: CodeBook): UnderstoodQuery {
  const truncated = raw.length > limits.chars;
  // Control characters (and NUL) never carry meaning here; dropping them keeps binary pastes harmless.
  const paste = raw
    .slice(0, limits.chars)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, " ")
    .normalize("NFKC");

  const meaningful = stripNoise(paste);
  const codes = codeBook.scan(meaningful);
  const codeWords = new Set(codes.flatMap((c) => [c.code, ...c.variants]).map((c) => c.toLowerCase()));

  const segments: string[] = [];
  const seen = new Set<string>();
  for (const line of withoutLogPrefix(lines(paste).map(cleanSegment))) {
    if (segments.length >= limits.segments) break;
    const segment = capSegment(line);
    const key = normalizeText(segment);
    // A segment that is only a code is already searched as a code.
    if (!segment || seen.has(key) || codeWords.has(key)) continue;
    seen.add(key);
    segments.push(segment);
  }

  let cleaned = [...codes.map((c) => c.code), ...segments].join("\n");
  if (cleaned.length > limits.cleanedChars) cleaned = cleaned.slice(0, limits.cleanedChars);
  const os = pasteOs(meaningful);
  return { codes, segments, cleaned, truncated, ...(os && { os }) };
}
