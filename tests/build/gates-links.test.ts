// Gate: every internal link, asset and #fragment in the built site resolves, and links say where they go.
import type { CheerioAPI } from 'cheerio';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { DIST, htmlPages, loadPage, urlOf } from '../support/dist.ts';

const pages = await htmlPages();
const parsed = new Map<string, CheerioAPI>();
for (const page of pages) parsed.set(page, await loadPage(page));

const SITE_ORIGIN = new URL(SITE.url).origin;
// Where each page's URLs point: attributes that make the browser fetch or navigate.
const REFERENCES = [
  'a[href]',
  'area[href]',
  'link[href]',
  'script[src]',
  'img[src]',
  'iframe[src]',
  'source[src]',
  'video[src]',
  'audio[src]',
  'form[action]',
  'meta[property^="og:"][content^="/"]',
  `meta[content^="${SITE_ORIGIN}"]`,
];
// Link texts that say nothing once read out of context, as in a screen reader's list of links.
const VAGUE = new Set([
  'click here',
  'here',
  'more',
  'read more',
  'learn more',
  'link',
  'this',
  'this page',
  'go',
]);

/** The dist/ file a same-site URL path is served from, with `trailingSlash: 'always'` and directory index pages. */
function fileOf(pathname: string): string {
  const decoded = decodeURIComponent(pathname);
  return path.join(DIST, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function urlsOf($: CheerioAPI): string[] {
  const urls: string[] = [];
  for (const el of $(REFERENCES.join(',')).toArray()) {
    const $el = $(el);
    for (const attr of ['href', 'src', 'action', 'content']) {
      const value = $el.attr(attr);
      if (value !== undefined && !(attr === 'content' && !$el.is('meta'))) urls.push(value.trim());
    }
  }
  for (const el of $('img[srcset], source[srcset]').toArray()) {
    for (const candidate of ($(el).attr('srcset') ?? '').split(','))
      urls.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  return urls;
}

/** Accessible name of a link, as far as static HTML tells: aria-label, aria-labelledby, text, image alts. */
function linkName($: CheerioAPI, el: Parameters<CheerioAPI>[0]): string {
  const $el = $(el);
  const label = $el.attr('aria-label');
  if (label) return label;
  const labelledBy = $el.attr('aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(/\s+/)
      .map((id) => $(`[id="${id}"]`).text())
      .join(' ');
  const alts = $el
    .find('img[alt]')
    .toArray()
    .map((img) => $(img).attr('alt'));
  return [$el.text(), ...alts].join(' ');
}

describe('internal links and assets', () => {
  it.each(pages)('every internal URL on %s resolves to a built file', async (page) => {
    const $ = parsed.get(page)!;
    const base = new URL(urlOf(page), SITE_ORIGIN);
    const broken: string[] = [];
    for (const raw of urlsOf($)) {
      if (raw === '' || raw.startsWith('#')) continue;
      const url = new URL(raw, base);
      if (url.origin !== SITE_ORIGIN) continue;
      if (!(await exists(fileOf(url.pathname)))) {
        const directory = await exists(fileOf(`${url.pathname}/`));
        broken.push(directory ? `${raw} (needs a trailing slash)` : raw);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)('every #fragment linked from %s exists on its target page', async (page) => {
    const $ = parsed.get(page)!;
    const base = new URL(urlOf(page), SITE_ORIGIN);
    const missing: string[] = [];
    for (const el of $('a[href*="#"], area[href*="#"]').toArray()) {
      const raw = $(el).attr('href') ?? '';
      const url = new URL(raw, base);
      if (url.origin !== SITE_ORIGIN) continue;
      const id = decodeURIComponent(url.hash.slice(1));
      const target = pages.find((p) => urlOf(p) === url.pathname);
      const $target = target ? parsed.get(target) : undefined;
      if (!id || !$target || $target(`[id="${id}"], a[name="${id}"]`).length === 0) missing.push(raw);
    }
    expect(missing).toEqual([]);
  });

  it('no page loads a script, stylesheet, image or font from another origin', () => {
    const foreign: string[] = [];
    for (const page of pages) {
      const $ = parsed.get(page)!;
      const selector =
        'script[src], link[href]:not([rel~="canonical"]):not([rel~="alternate"]), img, source, iframe';
      for (const el of $(selector).toArray()) {
        const raw = $(el).attr('src') ?? $(el).attr('href') ?? '';
        if (raw && new URL(raw, SITE_ORIGIN).origin !== SITE_ORIGIN) foreign.push(`${page}: ${raw}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});

describe('link texts', () => {
  it.each(pages)('every link on %s has a descriptive name', (page) => {
    const $ = parsed.get(page)!;
    const vague: string[] = [];
    for (const el of $('a[href]').toArray()) {
      const name = linkName($, el).replace(/\s+/g, ' ').trim();
      const words = name
        .toLowerCase()
        .replace(/[^\p{L}\p{N} ]/gu, '')
        .trim();
      if (words === '' || VAGUE.has(words)) vague.push(`"${name}" → ${$(el).attr('href')}`);
    }
    expect(vague).toEqual([]);
  });
});
