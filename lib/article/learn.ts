import { learnLocale, type Locale } from "../i18n";

/** Where the article's folder lives on learn.microsoft.com in a locale (relative links of the article resolve against it). */
export const learnFolder = (locale: Locale) => `https://learn.microsoft.com/${learnLocale[locale]}/azure/backup/`;

/** The article's own path on Learn. */
export const articlePath = "backup-azure-vms-troubleshoot";

/**
 * A section of the article on Learn, in the page's language. The anchors are the article's own
 * `<a name>`s, which are what Learn generates from the English headings ("VM Agent" → vm-agent).
 */
export const articleSectionUrl = (locale: Locale, anchor: string) => `${learnFolder(locale)}${articlePath}#${anchor}`;

/** Any learn.microsoft.com page in the page's language (the code catalogue stores links without a locale segment). */
export const learnUrl = (url: string, locale: Locale) =>
  url.replace(/^https:\/\/learn\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?/, `https://learn.microsoft.com/${learnLocale[locale]}/`);
