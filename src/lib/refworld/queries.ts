/**
 * Questions every layer asks of the model, answered once here: which sections a document has, a
 * paragraph's text, a document's year.
 */
import type { SectionKey } from './rules/sections.ts';
import { SERIES } from './rules/series.ts';
import type { Document, Finding, Metadata, Paragraph } from './schema.ts';

/** The year of an ISO date, `2010-02-24` → `2010`. */
export function yearOf(isoDate: string): string {
  return isoDate.slice(0, 4);
}

/** The year a document was published, `2010`. */
export function publicationYear(meta: Metadata): string {
  return yearOf(meta.publicationDate.iso);
}

/** A paragraph's text exactly as the source has it: its findings joined by the whitespace between them. */
export function paragraphText(paragraph: Pick<Paragraph, 'findings' | 'separators'>): string {
  return paragraph.findings.map((f, i) => f.text + (paragraph.separators[i] ?? '')).join('');
}

/** The paragraphs placed in one section, in source order. */
export function sectionParagraphs(doc: Document, key: SectionKey): Paragraph[] {
  return doc.paragraphs.filter((p) => p.section === key);
}

/** The findings of one section, in source order. */
export function sectionFindings(doc: Document, key: SectionKey): Finding[] {
  return sectionParagraphs(doc, key).flatMap((p) => p.findings);
}

/** The sections a document has paragraphs for, in its series' reading order: the sections that get a page. */
export function presentSections(doc: Document): SectionKey[] {
  return SERIES[doc.meta.series].sections.filter((key) => doc.paragraphs.some((p) => p.section === key));
}
