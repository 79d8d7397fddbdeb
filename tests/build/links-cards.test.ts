// Social cards: every page a reader can share names a 1200 × 630 PNG card with its alt text. A document's
// pages share the document's card (its type, its country under both names, its date, the tier it states);
// the home, countries and search pages, each country and each year have their own. The not-found page
// has none.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_SIZE, cardAlt, cardText } from '../../src/publish/card-template.ts';
import { pageCards } from '../../src/integrations/cards/page-cards.ts';
import type { DocumentHead } from '../../src/integrations/generated-documents.ts';
import { absoluteUrl, cardPath, distFile, SITE_PATHS } from '../../src/publish/urls.ts';
import { SITE } from '../../src/site.config.ts';
import { DIST, filesIn, loadPage, urlOf } from '../../tooling/dist.ts';
import { gatePages } from '../../tooling/gate-pages.ts';

const built = await filesIn();
const docs: DocumentHead[] = await Promise.all(
  built
    .filter((f) => /^[^/]+\/assessment\.json$/.test(f))
    .map(async (f) => JSON.parse(await readFile(path.join(DIST, f), 'utf8')) as DocumentHead),
);
const pages = (await gatePages()).map(urlOf);
const archive = new Map(pageCards(docs, SITE.name).map((c) => [c.path, c.text]));

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The card a page names, in its Open Graph and Twitter tags. */
async function namedCard(page: string) {
  const $ = await loadPage(page);
  const content = (selector: string) => $(`meta[${selector}]`).attr('content');
  return {
    image: content('property="og:image"'),
    alt: content('property="og:image:alt"'),
    twitterCard: content('name="twitter:card"'),
    twitterImage: content('name="twitter:image"'),
    twitterAlt: content('name="twitter:image:alt"'),
  };
}

const expected = (url: string, alt: string) => ({
  image: absoluteUrl(url),
  alt,
  twitterCard: 'summary_large_image',
  twitterImage: absoluteUrl(url),
  twitterAlt: alt,
});

describe.each(docs.map((doc) => [doc.meta.slug, doc] as const))('%s', (slug, doc) => {
  it('has a card image of the size link previews expect', async () => {
    expect(pngSize(await readFile(path.join(DIST, cardPath(slug))))).toEqual(CARD_SIZE);
  });

  it('says on its card what the document is, about which country, when, and the tier it states', () => {
    const alt = cardAlt(cardText(doc, SITE.name));
    for (const words of [
      doc.meta.documentType,
      doc.country.written,
      doc.meta.publicationDate.text,
      SITE.name,
    ])
      expect(alt).toContain(words);
    if (doc.tier) expect(alt).toContain(doc.tier.level);
  });

  it.each(pages.filter((p) => p.startsWith(`/${slug}/`)))(
    '%s shows the card, with its alt text',
    async (page) => {
      expect(await namedCard(page)).toEqual(expected(cardPath(slug), cardAlt(cardText(doc, SITE.name))));
    },
  );
});

const archivePages = pages.filter(
  (p) => p !== SITE_PATHS.notFound && !docs.some((d) => p.startsWith(`/${d.meta.slug}/`)),
);

it.each(archivePages)('%s shows a card of its own, with its alt text', async (page) => {
  const card = `${page}card.png`;
  const text = archive.get(card);
  expect(text, `a card for ${page}`).toBeDefined();
  expect(await namedCard(page)).toEqual(expected(card, cardAlt(text!)));
  expect(pngSize(await readFile(path.join(DIST, distFile(card))))).toEqual(CARD_SIZE);
});

it('names no card on the not-found page', async () => {
  expect((await loadPage(SITE_PATHS.notFound))('meta[property="og:image"]').length).toBe(0);
});
