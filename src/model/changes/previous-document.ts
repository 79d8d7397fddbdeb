import { newestFirst, type Listed } from '../archive/group-documents.ts';
import type { Document } from '../refworld/schema.ts';
import type { ComparedFinding } from './schema.ts';

/**
 * The document each comparison starts from, by slug: the latest one about the same country (same country
 * slug) published before it, of any series; absent for a country's first document. Documents of the same
 * day are ordered by slug, so the choice never depends on the order they were read in. Takes the archive
 * in its one order, newest first (`newestFirst`), and sorts nothing: a build asks it once, not once per page.
 */
export function previousDocuments<D extends Listed>(newestFirstDocs: readonly D[]): Map<string, D> {
  const latest = new Map<string, D>();
  const previous = new Map<string, D>();
  for (const doc of chronological(newestFirstDocs)) {
    const before = latest.get(doc.country.slug);
    if (before) previous.set(doc.meta.slug, before);
    latest.set(doc.country.slug, doc);
  }
  return previous;
}

/** Documents newest first (same day by slug) turned oldest first, same day still by slug. */
function chronological<D extends Listed>(newestFirstDocs: readonly D[]): D[] {
  const days: D[][] = [];
  for (const doc of newestFirstDocs) {
    const day = days.at(-1);
    if (day?.[0]?.meta.publicationDate.iso === doc.meta.publicationDate.iso) day.push(doc);
    else days.push([doc]);
  }
  return days.reverse().flat();
}

/** The document one document's comparison starts from, among documents in any order (see `previousDocuments`). */
export function previousDocument<D extends Listed>(doc: D, all: readonly D[]): D | undefined {
  return previousDocuments(newestFirst(all)).get(doc.meta.slug);
}

/** A document's findings in reading order, as a comparison takes them. */
export function comparedFindings(doc: Pick<Document, 'paragraphs'>): ComparedFinding[] {
  return doc.paragraphs.flatMap((p) =>
    p.findings.map((f) => ({ id: f.id, text: f.text, section: p.section })),
  );
}
