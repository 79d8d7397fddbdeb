import { SITE } from '../site.config.ts';
import { REFWORLD_NAME } from '../strings.ts';
import type { Metadata } from '../model/refworld/schema.ts';
import { absoluteUrl, assessmentPath, documentPath } from './urls.ts';

/** A schema.org node as JSON-LD: plain data with `@type` and, where it is referred to, `@id`. */
export type JsonLdNode = { '@type': string; '@id'?: string } & Record<string, unknown>;

/** One step of a page's breadcrumb trail: its label and URL path. */
export interface BreadcrumbStep {
  label: string;
  href: string;
}

/** Where the exports come from: the body whose export a document's pages are built from. */
export const REFWORLD_PUBLISHER = { name: REFWORLD_NAME, url: 'https://www.refworld.org/' } as const;

/** The `@id` of the site itself. */
export const websiteId = (): string => `${absoluteUrl('/')}#website`;

/** The `@id` of a document as a schema.org `Report`: its overview URL with `#report`. */
export const reportId = (slug: string): string => `${absoluteUrl(documentPath(slug))}#report`;

/** The site as a schema.org `WebSite`. */
export function websiteNode(): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': websiteId(),
    url: absoluteUrl('/'),
    name: SITE.name,
    description: SITE.description,
    inLanguage: SITE.lang,
  };
}

/**
 * A document as a schema.org `Report`: its title, the issuing body as author and publisher, the date,
 * and the Refworld plain-text export it was built from (`isBasedOn`), with its file name and SHA-256.
 */
export function reportNode(meta: Metadata): JsonLdNode {
  const issuer = { '@type': 'GovernmentOrganization', name: meta.publisher };
  return {
    '@type': 'Report',
    '@id': reportId(meta.slug),
    url: absoluteUrl(documentPath(meta.slug)),
    name: meta.title,
    headline: meta.title,
    author: issuer,
    publisher: issuer,
    datePublished: meta.publicationDate.iso,
    inLanguage: SITE.lang,
    about: { '@type': 'Country', name: meta.country },
    isAccessibleForFree: true,
    isBasedOn: {
      '@type': 'DigitalDocument',
      name: `${meta.title} (Refworld plain-text export)`,
      encodingFormat: 'text/plain',
      publisher: { '@type': 'Organization', name: REFWORLD_PUBLISHER.name, url: REFWORLD_PUBLISHER.url },
      ...(meta.lastUpdated && { dateModified: meta.lastUpdated.iso }),
      identifier: { '@type': 'PropertyValue', propertyID: 'SHA-256', value: meta.sourceSha256 },
      ...(meta.citeAs && { citation: meta.citeAs }),
    },
    encoding: {
      '@type': 'MediaObject',
      contentUrl: absoluteUrl(assessmentPath(meta.slug)),
      encodingFormat: 'application/json',
    },
  };
}

/** A trail of pages as a schema.org `BreadcrumbList`, positions from 1, absolute URLs. */
export function breadcrumbNode(steps: readonly BreadcrumbStep[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: step.label,
      item: absoluteUrl(step.href),
    })),
  };
}

/** What a page is, for its JSON-LD: its address, title, description, trail and, if any, its document. */
export interface PageFacts {
  path: string;
  title: string;
  description: string;
  crumbs: readonly BreadcrumbStep[];
  /** The document the page is part of, or that it presents (its overview). */
  document?: { slug: string; isOverview: boolean };
  /** On a page whose job is a list (a country, a year, every country): what it lists, in order. */
  items?: readonly BreadcrumbStep[];
}

/** What a list page lists, as a schema.org `ItemList`, positions from 1, absolute URLs. */
export function itemListNode(items: readonly BreadcrumbStep[]): JsonLdNode {
  return {
    '@type': 'ItemList',
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      url: absoluteUrl(item.href),
    })),
  };
}

/**
 * The JSON-LD graph of one page: the site, the page as a `WebPage` with its breadcrumbs, tied to the
 * document's `Report` (as its main entity on the overview, as what it is part of elsewhere).
 * @param extra nodes to add, such as the `Report` itself on the document's overview
 */
export function pageGraph(page: PageFacts, extra: readonly JsonLdNode[] = []): Record<string, unknown> {
  const { document } = page;
  const webPage: JsonLdNode = {
    // A page that lists pages is a `CollectionPage`, its list the main entity.
    '@type': page.items ? 'CollectionPage' : 'WebPage',
    '@id': absoluteUrl(page.path),
    url: absoluteUrl(page.path),
    name: page.title,
    description: page.description,
    inLanguage: SITE.lang,
    isPartOf: { '@id': websiteId() },
    ...(page.crumbs.length > 0 && { breadcrumb: breadcrumbNode(page.crumbs) }),
    ...(page.items && { mainEntity: itemListNode(page.items) }),
    ...(document &&
      (document.isOverview
        ? { mainEntity: { '@id': reportId(document.slug) } }
        : { about: { '@id': reportId(document.slug) } })),
  };
  return { '@context': 'https://schema.org', '@graph': [websiteNode(), webPage, ...extra] };
}

/** JSON for an inline `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonLdScript(graph: unknown): string {
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}
