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

/** A document's year, `2010`: the one its title names (an annual report's), else its publication date's. */
export function publicationYear(meta: Metadata): string {
  return meta.titleYear ?? yearOf(meta.publicationDate.iso);
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

/**
 * The sections a document has paragraphs for: the sections that get a page. In the order the export gives
 * them when its headings or openings place any paragraph (the 2003 report puts Prevention first), else in
 * its series' reading order.
 */
export function presentSections(doc: Document): SectionKey[] {
  const present = SERIES[doc.meta.series].sections.filter((key) =>
    doc.paragraphs.some((p) => p.section === key),
  );
  const marked = doc.paragraphs.some((p) => p.placement.rule === 'heading' || p.placement.rule === 'opening');
  if (!marked) return present;
  const first = (key: SectionKey): number => doc.paragraphs.findIndex((p) => p.section === key);
  return present.sort((a, b) => first(a) - first(b));
}
