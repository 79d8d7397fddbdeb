import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { type SectionKey } from '../lib/refworld/rules/sections.ts';
import { ARCHIVE_TEXT, SECTION_TEXT } from '../strings.ts';
import { changesPath, documentPath } from '../lib/urls.ts';
import { previousOf } from './archive.ts';

export type DocumentEntry = CollectionEntry<'documents'>;
export type SectionEntry = CollectionEntry<'sections'>;

/** A link in a document's navigation. */
export interface NavItem {
  href: string;
  label: string;
  /** Findings on the page, for section pages. */
  count?: number;
}

/** All documents, newest publication first, then by title. */
export async function allDocuments(): Promise<DocumentEntry[]> {
  const docs = await getCollection('documents');
  return docs.sort(
    (a, b) =>
      b.data.meta.publicationDate.localeCompare(a.data.meta.publicationDate) ||
      a.data.meta.title.localeCompare(b.data.meta.title),
  );
}

/** Static paths for a page per document (`/<doc>/…`), each given its document as the `doc` prop. */
export async function documentPaths(): Promise<{ params: { doc: string }; props: { doc: DocumentEntry } }[]> {
  const docs = await getCollection('documents');
  return docs.map((doc) => ({ params: { doc: doc.data.meta.slug }, props: { doc } }));
}

/** The section pages of one document, in reading order. */
export async function sectionsOf(slug: string): Promise<SectionEntry[]> {
  const sections = await getCollection('sections', (e) => e.data.document === slug);
  return sections.sort((a, b) => a.data.order - b.data.order);
}

/** The parts of one document, in the order its navigation lists them. */
export async function documentNav(slug: string): Promise<NavItem[]> {
  const sections = await sectionsOf(slug);
  return [
    { href: documentPath(slug), label: 'Overview' },
    ...sections.map((s) => ({
      href: documentPath(slug, s.data.section),
      label: SECTION_TEXT[s.data.section].label,
      count: s.data.findings.length,
    })),
    { href: documentPath(slug, 'full-text'), label: 'Full text' },
    { href: documentPath(slug, 'source'), label: 'Source' },
    ...((await previousOf(slug)) ? [{ href: changesPath(slug), label: ARCHIVE_TEXT.changes }] : []),
  ];
}

const sectionMaps = new Map<string, Map<string, SectionKey>>();

/**
 * The section each finding of a document is on, keyed by finding id. Built once per version of the seed
 * (keyed by its digest, so `astro dev` sees an edited seed), since every finding of the full text asks.
 */
export async function findingSections(slug: string): Promise<Map<string, SectionKey>> {
  const entry = await getEntry('documents', slug);
  if (!entry) throw new Error(`No document "${slug}"`);
  const key = `${slug}@${entry.data.meta.sourceSha256}`;
  let map = sectionMaps.get(key);
  if (map === undefined) {
    map = new Map(entry.data.paragraphs.flatMap((p) => p.findings.map((f) => [f.id, p.section] as const)));
    sectionMaps.set(key, map);
  }
  return map;
}
