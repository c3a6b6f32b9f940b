import { getDictionary } from "@/lib/dictionaries";
import { locales } from "@/lib/i18n";
import { requireLocale } from "@/lib/locale-params";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Lets browsers add the portal as a search engine: /<locale>/search?q={searchTerms}. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/opensearch.xml">) {
  const locale = requireLocale((await params).locale);
  const dict = getDictionary(locale);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(dict.siteName.slice(0, 16))}</ShortName>
  <Description>${escapeXml(dict.siteTagline)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${locale}</Language>
  <Image width="32" height="32" type="image/svg+xml">${siteUrl}/icon.svg</Image>
  <Url type="text/html" method="get" template="${siteUrl}${routes.search(locale)}?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { "Content-Type": "application/opensearchdescription+xml; charset=utf-8" } });
}
