import type { Document } from '../refworld/schema.ts';
import type { ComparedFinding } from './schema.ts';

/**
 * The document a comparison starts from: the latest one about the same country (same country slug)
 * published before this one, of any series; `undefined` for a country's first document. Documents of
 * the same day are ordered by slug, so the choice never depends on the order they were read in.
 */
export function previousDocument<D extends Pick<Document, 'meta' | 'country'>>(
  doc: D,
  all: readonly D[],
): D | undefined {
  const key = (d: D): string => `${d.meta.publicationDate.iso} ${d.meta.slug}`;
  return all
    .filter((d) => d.country.slug === doc.country.slug && key(d) < key(doc))
    .sort((a, b) => key(b).localeCompare(key(a)))[0];
}

/** A document's findings in reading order, as a comparison takes them. */
export function comparedFindings(doc: Pick<Document, 'paragraphs'>): ComparedFinding[] {
  return doc.paragraphs.flatMap((p) =>
    p.findings.map((f) => ({ id: f.id, text: f.text, section: p.section })),
  );
}
