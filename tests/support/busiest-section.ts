// The page of a document a reader reads longest: its section with the most findings.
import type { Document, Paragraph } from '../../src/model/refworld/schema.ts';
import type { SectionKey } from '../../src/model/refworld/rules/sections.ts';

/** The section of `doc` with the most findings, and its paragraphs in order. */
export function busiestSection(doc: Document): { section: SectionKey; paragraphs: Paragraph[] } {
  const [section, paragraphs] = [...Map.groupBy(doc.paragraphs, (p) => p.section)].sort(
    ([, a], [, b]) => b.flatMap((p) => p.findings).length - a.flatMap((p) => p.findings).length,
  )[0]!;
  return { section, paragraphs };
}
