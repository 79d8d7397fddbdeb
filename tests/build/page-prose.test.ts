// The site's own sentences read as written: the words it puts around a title, a date or a digest never leave
// a space before the punctuation that follows them (as a template's line break between an element and the
// next words would). Findings and quoted source text are left out: they are the export's, verbatim.
import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage } from '../../tooling/dist.ts';

/** A space (or line break) before a comma, full stop, semicolon or colon. */
const SPACE_BEFORE_PUNCTUATION = /\s[,.;:](?:\s|$)/;

const pages = await htmlPages();

describe("the site's own prose", () => {
  it('finds built pages to read', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s has no space before punctuation in its own sentences', async (page) => {
    const $ = await loadPage(page);
    const main = $('main').clone();
    main.find('.finding, blockquote, pre, table, .findings, script, style, template').remove();
    const odd = main
      .find('p, li, dd, figcaption')
      .toArray()
      .map((el) => $(el).text().replace(/\s+/g, ' ').trim())
      .filter((text) => SPACE_BEFORE_PUNCTUATION.test(text));
    expect(odd).toEqual([]);
  });
});
