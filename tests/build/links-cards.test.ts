// Social cards: one PNG per document, 1200 × 630, used by every page of the document with its alt text;
// other pages have none.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_SIZE, cardAlt, cardText } from '../../src/integrations/cards/card-template.ts';
import type { Metadata } from '../../src/lib/refworld/schema.ts';
import { absoluteUrl, cardPath } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site.config.ts';
import { DIST, filesIn, loadPage, urlOf } from '../../tooling/dist.ts';
import { gatePages } from '../../tooling/gate-pages.ts';

const built = await filesIn();
const docs: Metadata[] = await Promise.all(
  built
    .filter((f) => /^[^/]+\/assessment\.json$/.test(f))
    .map(async (f) => (JSON.parse(await readFile(path.join(DIST, f), 'utf8')) as { meta: Metadata }).meta),
);
const pages = (await gatePages()).map(urlOf);

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(docs.map((meta) => [meta.slug, meta] as const))('%s', (slug, meta) => {
  it('has a card image of the size link previews expect', async () => {
    expect(pngSize(await readFile(path.join(DIST, cardPath(slug))))).toEqual(CARD_SIZE);
  });

  it.each(pages.filter((p) => p.startsWith(`/${slug}/`)))(
    '%s shows the card, with its alt text',
    async (page) => {
      const $ = await loadPage(page);
      const content = (selector: string) => $(`meta[${selector}]`).attr('content');
      const alt = cardAlt(cardText(meta, SITE.name));
      for (const words of [meta.title, meta.country, meta.publicationDate.text, SITE.name])
        expect(alt).toContain(words);
      expect({
        image: content('property="og:image"'),
        alt: content('property="og:image:alt"'),
        twitterCard: content('name="twitter:card"'),
        twitterImage: content('name="twitter:image"'),
        twitterAlt: content('name="twitter:image:alt"'),
      }).toEqual({
        image: absoluteUrl(cardPath(slug)),
        alt,
        twitterCard: 'summary_large_image',
        twitterImage: absoluteUrl(cardPath(slug)),
        twitterAlt: alt,
      });
    },
  );
});

it.each(pages.filter((p) => !docs.some((d) => p.startsWith(`/${d.slug}/`))))(
  '%s names no card image',
  async (page) => {
    expect((await loadPage(page))('meta[property="og:image"]').length).toBe(0);
  },
);
