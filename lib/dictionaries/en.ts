/** UI text in English. zh-TW.ts must have the same keys (`Dictionary`), or it fails to compile. */
export const en = {
  siteName: "Azure VM Backup Troubleshooter",
  siteTagline: "Paste the error your Azure VM backup or restore printed, and get the steps that fix it.",
  skipToContent: "Skip to content",
  home: "Home",
  primaryNav: "Main",
  breadcrumbs: "Breadcrumbs",
  languageSwitch: "Language",
  switchTo: "中文版",
  categories: {
    backup: { name: "Backup errors", description: "Snapshot, extension, VM agent and encryption failures while backing up a VM." },
    jobs: { name: "Job errors", description: "Errors when cancelling backup jobs." },
    restore: { name: "Restore errors", description: "Errors when restoring a VM: cloud service, network, storage and permissions." },
    guides: { name: "Guides", description: "Background and checks: VM agent, snapshots, networking, slow backups." },
  },
  entryCount: (n: number) => (n === 1 ? "1 entry" : `${n} entries`),
  browse: "Browse by category",
  guidesHeading: "Guides",
  search: {
    label: "Paste your error message",
    hint: "Paste the whole error, a job log or an error code. Subscription ids, names and GUIDs are not needed.",
    placeholder: "e.g. Snapshot operation failed due to VSS Writers in bad state",
    submit: "Find the fix",
  },
  entry: {
    errorMessage: "Error message",
    errorMessages: "Error messages",
    errorCodes: "Error codes",
    cause: "Cause",
    fix: "How to fix",
    note: "Note",
    or: "Or",
    alternatives: "Do one of the following",
    related: "Related",
    source: "Source",
    sourceRow: (section: string, row: number) => `Article section “${section}”, table row ${row}`,
    sourceSection: (section: string) => `Article section “${section}”`,
    externalLink: "(external site)",
    otherLanguage: "閱讀中文版",
  },
  notFound: {
    title: "Page not found",
    body: "There is no page at this address. Search for your error, or browse the categories.",
    backHome: "Go to the home page",
  },
  footer: {
    credit: "Content adapted from the Microsoft Docs article “Troubleshoot Azure virtual machine backup”,",
    license: "licensed under CC BY 4.0",
    translation: "English text written from the Traditional Chinese edition; error messages are quoted as the service prints them.",
  },
};

export type Dictionary = typeof en;
