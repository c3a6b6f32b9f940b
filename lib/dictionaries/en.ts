/** Said to screen readers after a link that leaves the site (fix pages and search). */
const externalLink = "(external site)";

/** UI text in English. zh-TW.ts must have the same keys (`Dictionary`), or it fails to compile. */
export const en = {
  siteName: "Azure VM Backup Troubleshooter",
  siteTagline: "Paste the error your Azure VM backup or restore printed, and get the steps that fix it.",
  skipToContent: "Skip to content",
  home: "Home",
  primaryNav: "Main",
  menu: "Menu",
  breadcrumbs: "Breadcrumbs",
  languageSwitch: "Language: {name}",
  switchTo: "中文版",
  categories: {
    backup: { name: "Backup errors", description: "Snapshot, extension, VM agent and encryption failures while backing up a VM." },
    jobs: { name: "Job errors", description: "Errors when cancelling backup jobs." },
    restore: { name: "Restore errors", description: "Errors when restoring a VM: cloud service, network, storage and permissions." },
    guides: { name: "Guides", description: "Background and checks: VM agent, snapshots, networking, slow backups." },
  },
  entryCount: (n: number) => (n === 1 ? "1 entry" : `${n} entries`),
  browse: "Browse by category",
  /** Strings only: handed to the category filter (a client component). */
  browseUi: {
    filterLabel: "Filter this list",
    filterHint: "Type a word from the message, a code or Windows / Linux.",
    shown: "{n} of {total} entries shown",
    none: "No entry in this category matches. Try fewer words, or search the whole guide.",
  },
  os: { windows: "Windows", linux: "Linux" },
  guidesHeading: "Guides",
  search: {
    label: "Paste your error message",
    hint: "Paste the whole error, a job log or an error code. Subscription ids, names and GUIDs are not needed.",
    placeholder: "e.g. Snapshot operation failed due to VSS Writers in bad state",
    submit: "Find the fix",
  },
  /** Strings only: handed to the search box, a client component. */
  searchUi: {
    title: "Search",
    results: "Results",
    bestMatch: "Best match",
    searchedFor: "Searched for:",
    detectedCode: "Error code: {code}",
    resultCount: "{n} matching fixes",
    oneResult: "1 matching fix",
    loading: "Searching…",
    noMatch: "No matching fix",
    noMatchHelp:
      "Nothing in the troubleshooting guide matches this error closely enough. Try pasting only the error line (the message or the error code), or browse the categories.",
    loadError: "Search could not load. Check your connection and try again, or browse the categories.",
    truncated: "Your paste was very long; only its first 20,000 characters were used.",
    keyboardHint: "Press / to search, Ctrl+Enter (⌘+Enter) to open the first result, ↓ and ↑ to move through results.",
    needsScript: "Search runs in your browser and needs JavaScript. You can still browse every fix by category in the menu above.",
    clear: "Clear",
    removedWords: "{n} words this guide does not use (names, IDs) were left out: they show as ⋯ and are not in the link.",
    removedWord: "1 word this guide does not use (a name or an ID) was left out: it shows as ⋯ and is not in the link.",
    otherMatches: "Other matches",
    related: "Possibly related",
    relatedHint: "Low confidence: none of these is a sure match for your error. Compare the message before you follow one.",
    uncoveredCode: "{code} is an error code this guide has no fix for.",
    uncoveredCodeLink: "What to do about {code}",
    otherWorkload:
      "{code} comes from {workload}, not from Azure VM backup; this guide covers backup and restore of Azure virtual machines only.",
    otherWorkloadMany:
      "{code} come from {workload}, not from Azure VM backup; this guide covers backup and restore of Azure virtual machines only.",
    otherProduct:
      "This looks like a problem with {workload}, which this guide does not cover: it covers backup and restore of Azure virtual machines only.",
    otherProductLink: "Microsoft's troubleshooting for {workload}",
    listSeparator: ", ",
    externalLink,
  },
  /** Strings only: handed to the fix-page controls (client components). */
  followUi: {
    copy: "Copy",
    copied: "Copied",
    copyFailed: "Copy failed",
    copyCode: "Copy command",
    copyCodeNamed: "Copy command: {code}",
    copyStepLink: "Copy link to step {n}",
    stepDone: "Step {n} done",
    progress: "{done} of {total} steps done",
    progressOne: "{done} of 1 step done",
    reset: "Reset steps",
    copyPageLink: "Copy link to this page",
    share: "Share",
    pageUrl: "Page:",
    themeToDark: "Switch to dark theme",
    themeToLight: "Switch to light theme",
  },
  codes: {
    title: "Error codes",
    description: "The error codes Azure VM backup and restore print today, and which page of this guide fixes each one.",
    pageTitle: (code: string) => `Error code ${code}`,
    several: (code: string) => `The error code ${code} belongs to more than one entry. Choose the one whose message matches yours:`,
    notCovered: "Not covered by this guide",
    notCoveredLead: (code: string) =>
      `The article this portal is built from (2017) has no fix for ${code}. Follow Microsoft's current troubleshooting for it instead.`,
    official: (code: string) => `Official troubleshooting for ${code} on Microsoft Learn`,
    meaning: "What it means",
    alsoPrinted: "Also printed as",
    seen: "Where this code was seen",
  },
  entry: {
    errorMessage: "Error message",
    errorMessages: "Error messages",
    errorCodes: "Error codes:",
    cause: "Cause",
    fix: "How to fix",
    note: "Note",
    or: "Or",
    alternatives: "Do one of the following",
    causes: { heading: "Possible causes, each with what to do", cause: "Cause {n}", remedy: "What to do" },
    related: "Related",
    provenance: {
      heading: "Source",
      articleTitle: "Troubleshoot backup errors with Azure virtual machines",
      sections: { backup: "Backup", jobs: "Jobs", restore: "Restore" } as Record<string, string>,
      sectionRow: (section: string, row: number) => `section “${section}”, table row ${row}`,
      section: (section: string) => `section “${section}”`,
      article: (title: string, date: string) => `of the Microsoft Learn article “${title}” (zh-TW edition of ${date})`,
      date: (iso: string) =>
        new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
      credit: "Adapted from Microsoft Learn under the {license} licence.",
      translation:
        "The English text is this portal's own translation of the zh-TW article; error messages are quoted as the service prints them in English.",
    },
    externalLink,
    otherLanguage: "閱讀中文版",
  },
  notFound: {
    title: "Page not found",
    body: "There is no page at this address. Search for your error, or browse the categories.",
    backHome: "Go to the home page",
  },
  footer: {
    credit:
      "Content adapted from the {learn} article “Troubleshoot backup errors with Azure virtual machines” (zh-TW edition), licensed under {license}.",
    translation:
      "The English text is this portal's own translation of the zh-TW article; error messages are quoted as the service prints them in English.",
  },
};

export type Dictionary = typeof en;
