import type { APIRoute } from 'astro';
import { firstSummaryFinding } from '../data/archive.ts';
import { documents } from '../data/documents.ts';
import { atomFeed, FEED_SIZE } from '../publish/data/atom-feed.ts';
import { FEED_PATH, SITE_PATHS } from '../publish/urls.ts';
import { DATA_TEXT } from '../strings.ts';

/** /feed.xml: an Atom feed of the archive's newest documents. */
export const GET: APIRoute = async () => {
  const docs = (await documents()).slice(0, FEED_SIZE);
  const xml = atomFeed(
    { title: DATA_TEXT.feedTitle, page: SITE_PATHS.home, self: FEED_PATH },
    docs,
    (doc) => firstSummaryFinding(doc)?.text,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
