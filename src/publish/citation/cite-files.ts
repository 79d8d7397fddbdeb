import { Cite, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Metadata } from '../../model/refworld/schema.ts';
import { SITE } from '../../site.config.ts';
import { cslItem } from './csl-item.ts';
import { risText, type RisRecord } from './ris-text.ts';

/** The citation files offered for download, by file extension. */
export const CITE_FILE_FORMATS = ['ris', 'bib', 'json'] as const;
export type CiteFileFormat = (typeof CITE_FILE_FORMATS)[number];

/** Each file's media type, sent by hosts that read it and named on the download links. */
export const CITE_FILE_TYPES: Readonly<Record<CiteFileFormat, string>> = {
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex',
  json: 'application/vnd.citationstyles.csl+json',
};

/**
 * The item a citation file holds: data a reference manager imports, so its title, publisher and date are
 * the document's own, character for character (the export's title line, not a style's sentence case or
 * dash). For BibTeX, the on-page BibTeX item as it is; for RIS and CSL-JSON, the on-page APA item with
 * the title as published, the publisher APA leaves out (APA omits a publisher that is the author; a
 * reference manager keeps both) and the language, so a manager can format it in any style.
 * @param url the absolute URL of the document's overview, the address the files cite
 */
export function citeFileItem(meta: Metadata, url: string, format: CiteFileFormat): CSL {
  if (format === 'bib') return cslItem(meta, url, 'bibtex');
  return {
    ...cslItem(meta, url, 'apa'),
    title: meta.title,
    publisher: meta.publisher,
    language: SITE.lang,
  };
}

/**
 * The text of `/<doc>/cite.<format>`, made by citation-js's own output plugins (for RIS, its record,
 * written whole by `risText`).
 */
export function citeFile(meta: Metadata, url: string, format: CiteFileFormat): string {
  const cite = new Cite(citeFileItem(meta, url, format));
  const text =
    format === 'ris'
      ? risText(cite.format('ris', { format: 'object' }) as RisRecord[])
      : String(cite.format(format === 'bib' ? 'bibtex' : 'data', { format: 'text' })).trim();
  return `${text}\n`;
}
