import type { CSL } from '@citation-js/core';
import type { Metadata } from '../../model/refworld/schema.ts';
import { sentenceCase } from './sentence-case.ts';

/** The reference formats the site offers, each fed the item in the shape its style expects. */
export type ReferenceFormat = 'apa' | 'chicago' | 'bibtex';

/**
 * The title as a reference gives it: the document type in sentence case (CSL's convention; Chicago's
 * style turns it into title case itself) and the country, joined by an en dash where the export's
 * plain text has a spaced hyphen.
 */
export function referenceTitle(meta: Metadata): string {
  return `${sentenceCase(meta.documentType, [meta.country])} – ${meta.country}`;
}

function dateParts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

/**
 * The document as one CSL-JSON item, the input of every reference format. The issuing body named on the
 * export's `Publisher` line is the group author. No access date is set: the reference is made when the
 * site is built, so the day a reader consulted the page is theirs to add.
 * Per format, only what each manual requires differs:
 * - APA 7 omits the publisher when it is the author (Publication Manual 9.29), and the CSL APA style
 *   cannot compare the two, so the item carries none.
 * - Chicago (17th ed.) sets a published government document like a book: italic title, then publisher
 *   and year. The CSL Chicago style puts the titles of items typed `report` in quotation marks, as for
 *   unpublished papers, so the item is typed `book` there.
 * - BibTeX is data a reference manager imports: its title is the export's title line, character for
 *   character, in braces so that no style or import changes its case.
 * - BibTeX has no day or named-month field that every style reads, so the year alone is given; the entry
 *   is a `@techreport` with its institution.
 * @param url the absolute URL of the page or finding being cited
 */
export function cslItem(meta: Metadata, url: string, format: ReferenceFormat): CSL {
  const [year, month, day] = dateParts(meta.publicationDate.iso);
  return {
    id: meta.slug,
    type: format === 'chicago' ? 'book' : 'report',
    author: [{ literal: meta.publisher }],
    // BibTeX is imported as data, so it carries the title as published, its case protected whole (CSL's
    // `nocase` span, written as braces): a manager that lowers the case of a title (Zotero's import does)
    // keeps it as it is. APA and Chicago set the title their way.
    title: format === 'bibtex' ? `<span class="nocase">${meta.title}</span>` : referenceTitle(meta),
    ...(format !== 'apa' && { publisher: meta.publisher }),
    issued: { 'date-parts': [format === 'bibtex' ? [year] : [year, month, day]] },
    URL: url,
  };
}
