// Gate: every internal link, asset and #fragment in the built site resolves, links say where they go, and
// nothing loads from another origin. Internal: a path (/…), a fragment (#…), a relative URL, or the site's own
// public URL; other schemes and hosts are left alone. Runs on the site under test and, through
// pipeline-fixture-sites, on fixture builds.
import type { CheerioAPI } from 'cheerio';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFile } from '../../src/publish/urls.ts';
import { SITE } from '../../src/site.config.ts';
import { DIST, htmlPages, loadPage, urlOf } from '../../tooling/dist.ts';

const pages = await htmlPages();
const parsed = new Map<string, CheerioAPI>();
for (const page of pages) parsed.set(urlOf(page), await loadPage(page));

/** Where relative links are resolved: an origin no link can name, so that it means "this site". */
const LOCAL = 'http://site.invalid';
const PUBLIC = new URL(SITE.url);
// Where each page's URLs point: attributes that make the browser fetch or navigate.
const REFERENCES = [
  '[href]',
  'script[src]',
  'img[src]',
  'iframe[src]',
  'source[src]',
  'video[src]',
  'audio[src]',
  'form[action]',
  'meta[property^="og:"][content^="/"]',
  `meta[content^="${PUBLIC.origin}"]`,
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

/** The link as a URL on this site (the public URL mapped to it), or undefined for one that leaves it. */
function internal(raw: string, pageUrl: string): URL | undefined {
  const url = new URL(raw, new URL(pageUrl, LOCAL));
  if (url.origin === LOCAL) return url;
  if (url.origin === PUBLIC.origin && url.pathname.startsWith(PUBLIC.pathname)) {
    return new URL(`/${url.pathname.slice(PUBLIC.pathname.length).replace(/^\//, '')}${url.hash}`, LOCAL);
  }
  return undefined;
}

/** Whether a URL path is served by a built file (not a folder: a host would not serve that). */
function isBuilt(pathname: string): boolean {
  const file = path.join(DIST, distFile(pathname));
  return existsSync(file) && statSync(file).isFile();
}

/** Every URL a page references, as written. */
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

const urls = pages.map(urlOf);

describe('internal links and assets', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(urls)('every internal URL on %s resolves to a built file', (url) => {
    const broken: string[] = [];
    for (const raw of urlsOf(parsed.get(url)!)) {
      if (raw === '' || raw.startsWith('#')) continue;
      const target = internal(raw, url);
      if (target === undefined || isBuilt(target.pathname)) continue;
      broken.push(isBuilt(`${target.pathname}/`) ? `${raw} (needs a trailing slash)` : raw);
    }
    expect(broken).toEqual([]);
  });

  it.each(urls)('every #fragment linked from %s exists on its target page', (url) => {
    const $ = parsed.get(url)!;
    const missing: string[] = [];
    for (const el of $('[href*="#"]').toArray()) {
      const raw = $(el).attr('href') ?? '';
      const target = internal(raw, url);
      if (target === undefined) continue;
      const id = decodeURIComponent(target.hash.slice(1));
      const $target = parsed.get(target.pathname);
      if (!id || !$target || $target(`[id="${id}"], a[name="${id}"]`).length === 0) missing.push(raw);
    }
    expect(missing).toEqual([]);
  });

  it('no page loads a script, stylesheet, image or font from another origin', () => {
    const foreign: string[] = [];
    for (const [url, $] of parsed) {
      const selector =
        'script[src], link[href]:not([rel~="canonical"]):not([rel~="alternate"]), img, source, iframe';
      for (const el of $(selector).toArray()) {
        const raw = $(el).attr('src') ?? $(el).attr('href') ?? '';
        if (raw && internal(raw, url) === undefined) foreign.push(`${url}: ${raw}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});

describe('link texts', () => {
  it.each(urls)('every link on %s has a descriptive name', (url) => {
    const $ = parsed.get(url)!;
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
