import type { APIRoute, GetStaticPaths } from 'astro';
import { countryPaths, firstSummaryFinding, type CountryGroup } from '../../../data/archive.ts';
import { atomFeed } from '../../../publish/data/atom-feed.ts';
import { countryFeedPath, countryPath } from '../../../publish/urls.ts';
import { DATA_TEXT } from '../../../strings.ts';

/** /countries/<country>/feed.xml: an Atom feed of one country's documents, newest first. */
export const getStaticPaths = (() => countryPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ country: CountryGroup }> = ({ props: { country } }) => {
  const xml = atomFeed(
    {
      title: DATA_TEXT.countryFeedTitle(country.name),
      page: countryPath(country.slug),
      self: countryFeedPath(country.slug),
    },
    country.documents,
    (doc) => firstSummaryFinding(doc)?.text,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
