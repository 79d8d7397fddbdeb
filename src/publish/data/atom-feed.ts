import { Feed } from 'feed';
import type { Document } from '../../model/refworld/schema.ts';
import { absoluteUrl, documentPath } from '../urls.ts';
import { SITE } from '../../site.config.ts';
import { DATA_TEXT } from '../../strings.ts';

/** How many of the newest documents the archive's feed carries: a feed reader wants what is new, not the archive. */
export const FEED_SIZE = 50;

/** What a feed is about: its title, the page it belongs to and its own address (paths). */
export interface FeedOf {
  title: string;
  /** The page the feed follows: the home page or a country's page. */
  page: string;
  /** The feed's own path, `/feed.xml`. */
  self: string;
}

/**
 * Text as HTML: `feed` writes titles and summaries as `type="html"`, so a reader would take a `<` or `&` of
 * the source for markup. Three characters, so no library is needed.
 */
const asHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** When a document last changed: the export's Last Updated moment, else its publication date. */
const updatedAt = (doc: Document): Date =>
  new Date(doc.meta.lastUpdated?.iso ?? `${doc.meta.publicationDate.iso}T00:00:00Z`);

/**
 * An Atom feed of documents, newest first, made by `feed`. Each entry's id is the document's permanent
 * URL (its overview), so it stays the same across builds; the feed's date is its newest entry's, so a
 * build of the same documents writes the same file.
 * @param docs the documents, newest first, already limited to what the feed carries
 * @param summaryOf the text an entry gives as its summary (the first finding of the summary)
 */
export function atomFeed(
  about: FeedOf,
  docs: readonly Document[],
  summaryOf: (doc: Document) => string | undefined,
): string {
  const dates = docs.map(updatedAt);
  const feed = new Feed({
    id: absoluteUrl(about.self),
    title: about.title,
    link: absoluteUrl(about.page),
    language: SITE.lang,
    updated: new Date(Math.max(0, ...dates.map((d) => d.getTime()))),
    generator: false,
    feedLinks: { atom: absoluteUrl(about.self) },
    copyright: DATA_TEXT.feedRights,
  });
  docs.forEach((doc, i) => {
    const url = absoluteUrl(documentPath(doc.meta.slug));
    const summary = summaryOf(doc);
    feed.addItem({
      title: asHtml(doc.meta.title),
      id: url,
      link: url,
      date: dates[i] ?? updatedAt(doc),
      published: new Date(`${doc.meta.publicationDate.iso}T00:00:00Z`),
      ...(summary !== undefined && { description: asHtml(summary) }),
      author: [{ name: doc.meta.publisher }],
    });
  });
  return feed.atom1();
}
