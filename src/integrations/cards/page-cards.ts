import { byCountry, byYear, newestFirst, yearOf, type Listed } from '../../model/archive/group-documents.ts';
import {
  countriesPath,
  countryPath,
  DATA_PATH,
  pageCardPath,
  SITE_PATHS,
  TIERS_PATH,
  yearPath,
} from '../../publish/paths.ts';
import { CARD_TEXT, documentCount } from '../../strings.ts';
import { pageCardText, type CardText } from '../../publish/card-template.ts';

/** A card of one of the archive's own pages: where the image goes and what it says. */
export interface PageCard {
  /** The image's path, beside its page: `/countries/myanmar/card.png`. */
  path: string;
  text: CardText;
}

/**
 * The cards of the pages that are not a document's: the home page, the countries, the search page, the tier
 * grid, the data downloads, each country and each year. Drawn by the cards integration and named by each page's head, from the same
 * documents, so that an image and its alt text always agree. The documents may come in any order: the cards
 * worker reads them beside the build, not through src/data/documents.ts.
 */
export function pageCards(docs: readonly Listed[], site: string): PageCard[] {
  const countries = byCountry(newestFirst(docs));
  const archive = CARD_TEXT.archiveFacts(documentCount(docs.length), countries.length);
  const card = (page: string, kicker: string, title: string, facts: string): PageCard => ({
    path: pageCardPath(page),
    text: pageCardText(kicker, title, facts, site),
  });
  return [
    card(SITE_PATHS.home, CARD_TEXT.siteKicker, CARD_TEXT.siteTitle, archive),
    card(countriesPath(), CARD_TEXT.countriesKicker, CARD_TEXT.countriesTitle, archive),
    card(SITE_PATHS.search, CARD_TEXT.searchKicker, CARD_TEXT.searchTitle, archive),
    card(TIERS_PATH, CARD_TEXT.tiersKicker, CARD_TEXT.tiersTitle, archive),
    card(DATA_PATH, CARD_TEXT.dataKicker, CARD_TEXT.dataTitle, archive),
    ...countries.map((c) => {
      const years = c.documents.map(yearOf);
      const span = CARD_TEXT.span(years.at(-1) ?? '', years[0] ?? '');
      const tier = c.documents.find((d) => d.tier)?.tier?.level;
      const facts = [`${documentCount(c.documents.length)}, ${span}`, tier && CARD_TEXT.latestTier(tier)];
      return card(countryPath(c.slug), CARD_TEXT.countryKicker, c.label, facts.filter(Boolean).join('; '));
    }),
    ...byYear(docs).map((y) => card(yearPath(y.year), CARD_TEXT.yearKicker, y.year, documentCount(y.count))),
  ];
}
