import type { Document } from '../refworld/schema.ts';
import type { ComparedFinding } from './schema.ts';

/**
 * The document each comparison starts from, by slug: the latest one about the same country (same country
 * slug) published before it, of any series; absent for a country's first document. Documents of the same
 * day are ordered by slug, so the choice never depends on the order they were read in. One sort of the
 * whole archive, so a build asks it once, not once per page.
 */
export function previousDocuments<D extends Pick<Document, 'meta' | 'country'>>(
  all: readonly D[],
): Map<string, D> {
  const key = (d: D): string => `${d.meta.publicationDate.iso} ${d.meta.slug}`;
  const sorted = [...all].sort((a, b) => key(a).localeCompare(key(b)));
  const latest = new Map<string, D>();
  const previous = new Map<string, D>();
  for (const doc of sorted) {
    const before = latest.get(doc.country.slug);
    if (before) previous.set(doc.meta.slug, before);
    latest.set(doc.country.slug, doc);
  }
  return previous;
}

/** The document one document's comparison starts from (see `previousDocuments`). */
export function previousDocument<D extends Pick<Document, 'meta' | 'country'>>(
  doc: D,
  all: readonly D[],
): D | undefined {
  return previousDocuments(all).get(doc.meta.slug);
}

/** A document's findings in reading order, as a comparison takes them. */
export function comparedFindings(doc: Pick<Document, 'paragraphs'>): ComparedFinding[] {
  return doc.paragraphs.flatMap((p) =>
    p.findings.map((f) => ({ id: f.id, text: f.text, section: p.section })),
  );
}
