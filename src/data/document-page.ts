import { publicationYear } from '../model/refworld/queries.ts';
import type { Document } from '../model/refworld/schema.ts';
import { changesPath, documentPath, type DocumentPart } from '../publish/urls.ts';
import { previousOf } from './archive.ts';
import { documentNav, sectionsOf, type NavItem, type SectionEntry } from './collections.ts';
import { documentBySlug, documents } from './documents.ts';
import { documentPageKey } from './page-key.ts';

/** Which page of a document: its overview, one of its parts, or its changes page. */
export type PagePart = 'overview' | DocumentPart | 'changes';

/**
 * Everything a page of one document (`/<doc>/…`) and its layout read: built once per page by
 * `documentPage`, so that no page assembles it itself.
 */
export interface DocumentPage {
  doc: Document;
  part: PagePart;
  /** This page's URL path. */
  path: string;
  /** The document's section pages, in reading order. */
  sections: SectionEntry[];
  /** The document's parts in the order its navigation lists them (previous/next read the same list). */
  nav: NavItem[];
  /** The document its changes page compares it with, if it has one. */
  previous: Document | undefined;
  /** The incremental build's key of this page (src/data/page-key.ts). */
  cacheKey: string;
}

const pathOf = (slug: string, part: PagePart): string =>
  part === 'overview'
    ? documentPath(slug)
    : part === 'changes'
      ? changesPath(slug)
      : documentPath(slug, part);

/**
 * The context of one page of one document. `more` goes into the page's cacheKey (a section's own digest).
 * @throws Error naming the slug when no document has it
 */
export async function documentPage(
  slug: string,
  part: PagePart,
  ...more: (string | number | undefined)[]
): Promise<DocumentPage> {
  return {
    doc: await documentBySlug(slug),
    part,
    path: pathOf(slug, part),
    sections: await sectionsOf(slug),
    nav: await documentNav(slug),
    previous: await previousOf(slug),
    cacheKey: await documentPageKey(slug, ...more),
  };
}

/**
 * What the layout puts around a page titled `title`: its document title (`<title>`) and its breadcrumbs (the
 * document, then the page unless it is the overview).
 */
export function pageFrame(page: DocumentPage, title: string): { title: string; crumbs: NavItem[] } {
  const { meta } = page.doc;
  const isOverview = page.part === 'overview';
  const overview = { href: documentPath(meta.slug), label: `${meta.country} ${publicationYear(meta)}` };
  return {
    title: isOverview ? meta.title : `${title} – ${meta.title}`,
    crumbs: isOverview ? [overview] : [overview, { href: page.path, label: title }],
  };
}

/** What a page per document is given by `documentPaths()`. */
// A type, not an interface: Astro's `GetStaticPaths` wants props with an index signature.
export type DocumentPageProps = { page: DocumentPage };

/** Static paths for one page kind of every document (`/<doc>/<part>/`), each given its page context. */
export async function documentPaths(
  part: PagePart,
): Promise<{ params: { doc: string }; props: DocumentPageProps; cacheKey: string }[]> {
  const pages = await Promise.all((await documents()).map((doc) => documentPage(doc.meta.slug, part)));
  return pages.map((page) => ({
    params: { doc: page.doc.meta.slug },
    props: { page },
    cacheKey: page.cacheKey,
  }));
}
