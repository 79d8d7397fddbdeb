import type { Metadata } from '../../model/refworld/schema.ts';
import { absoluteUrl, documentPath } from '../urls.ts';
import { citeFileItem } from './cite-files.ts';

/** One `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * The tags citation managers and scholarly search engines read from a document's pages, made from the
 * same item as the citation files: Highwire Press `citation_*` (Zotero, Mendeley, Google Scholar) and
 * Dublin Core (`DC.*`). The author is the issuing institution; there is no PDF, so the URL is
 * `citation_public_url`, the document's overview.
 */
export function citationMetaTags(meta: Metadata): MetaTag[] {
  const url = absoluteUrl(documentPath(meta.slug));
  const item = citeFileItem(meta, url, 'json');
  const title = String(item.title);
  const author = meta.publisher;
  const iso = meta.publicationDate.iso;
  const language = String(item.language);
  return [
    { name: 'citation_title', content: title },
    { name: 'citation_author', content: author },
    // Google Scholar's form of the date: year/month/day.
    { name: 'citation_publication_date', content: iso.replaceAll('-', '/') },
    { name: 'citation_publisher', content: String(item.publisher) },
    { name: 'citation_technical_report_institution', content: author },
    { name: 'citation_public_url', content: url },
    { name: 'citation_language', content: language },
    { name: 'DC.title', content: title },
    { name: 'DC.creator', content: author },
    { name: 'DC.date', content: iso },
    { name: 'DC.publisher', content: String(item.publisher) },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.format', content: 'text/html' },
    { name: 'DC.identifier', content: url },
    { name: 'DC.language', content: language },
  ];
}
