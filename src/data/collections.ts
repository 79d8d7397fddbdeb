import { getCollection, type CollectionEntry } from 'astro:content';
import { changesPath, documentPath } from '../publish/urls.ts';
import { ARCHIVE_TEXT, EXPLORER_TEXT, PART_LABELS, SECTION_TEXT } from '../strings.ts';
import { previousOf } from './archive.ts';
import { oncePerBuild } from './once-per-build.ts';

export type SectionEntry = CollectionEntry<'sections'>;

/** A link in a document's navigation. */
export interface NavItem {
  href: string;
  label: string;
  /** Findings on the page, for section pages. */
  count?: number;
}

/** Every document's section pages in reading order, keyed by document slug. */
const sectionIndex = oncePerBuild(async (): Promise<Map<string, SectionEntry[]>> => {
  const index = new Map<string, SectionEntry[]>();
  for (const entry of await getCollection('sections')) {
    const list = index.get(entry.data.document) ?? [];
    list.push(entry);
    index.set(entry.data.document, list);
  }
  for (const list of index.values()) list.sort((a, b) => a.data.order - b.data.order);
  return index;
});

/** The section pages of one document, in reading order, at a constant cost however many documents there are. */
export async function sectionsOf(slug: string): Promise<SectionEntry[]> {
  return (await sectionIndex()).get(slug) ?? [];
}

/** The parts of one document, in the order its navigation lists them. */
export async function documentNav(slug: string): Promise<NavItem[]> {
  const sections = await sectionsOf(slug);
  return [
    { href: documentPath(slug), label: PART_LABELS.overview },
    ...sections.map((s) => ({
      href: documentPath(slug, s.data.section),
      label: SECTION_TEXT[s.data.section].label,
      count: s.data.findingCount,
    })),
    { href: documentPath(slug, 'full-text'), label: PART_LABELS['full-text'] },
    { href: documentPath(slug, 'findings'), label: EXPLORER_TEXT.findings },
    { href: documentPath(slug, 'timeline'), label: EXPLORER_TEXT.timeline },
    { href: documentPath(slug, 'source'), label: PART_LABELS.source },
    ...((await previousOf(slug)) ? [{ href: changesPath(slug), label: ARCHIVE_TEXT.changes }] : []),
  ];
}
