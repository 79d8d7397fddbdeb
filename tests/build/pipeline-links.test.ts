// Every internal link on every built page leads to a built file, and every #fragment to an element with
// that id on the target page. Internal: a path (/…), a fragment (#…), a relative URL, or the site's own
// public URL; other schemes and hosts are left alone.
import type { CheerioAPI } from 'cheerio';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { DIST, htmlPages, loadPage, urlOf } from '../support/dist.ts';

const ORIGIN = 'http://site.invalid';
const PUBLIC = new URL(SITE.url);

/** The built file a site path is served from, or undefined: `/a/` is `a/index.html`, `/a.css` itself. */
function builtFile(pathname: string): string | undefined {
  const file = path.join(DIST, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The link as a URL on the site, or undefined for one that leaves it. */
function internal(href: string, pageUrl: string): URL | undefined {
  const url = new URL(href, new URL(pageUrl, ORIGIN));
  if (url.origin === ORIGIN) return url;
  if (url.origin === PUBLIC.origin && url.pathname.startsWith(PUBLIC.pathname)) {
    return new URL(`/${url.pathname.slice(PUBLIC.pathname.length).replace(/^\//, '')}${url.hash}`, ORIGIN);
  }
  return undefined;
}

const pages = new Map<string, CheerioAPI>();
const files = await htmlPages();

beforeAll(async () => {
  for (const file of files) pages.set(path.join(DIST, file), await loadPage(file));
});

it('has pages to check', () => {
  expect(files.length).toBeGreaterThan(0);
});

it.each(files.map((file) => [urlOf(file), file] as const))(
  '%s: every internal link resolves',
  (url, file) => {
    const $ = pages.get(path.join(DIST, file));
    if (!$) throw new Error(`${file} was not loaded`);
    const broken: string[] = [];
    $('[href]').each((_, el) => {
      const href = $(el).attr('href') ?? '';
      const target = internal(href, url);
      if (target === undefined) return;
      const targetFile = builtFile(target.pathname);
      if (targetFile === undefined) {
        broken.push(`${href}: no built file for ${target.pathname}`);
        return;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment === '' || !targetFile.endsWith('.html')) return;
      const $target = pages.get(targetFile);
      if (!$target) {
        broken.push(`${href}: ${target.pathname} is not a page that was loaded`);
        return;
      }
      const found = $target('[id]').filter((_, e) => $target(e).attr('id') === fragment).length;
      if (found === 0) broken.push(`${href}: no element with id "${fragment}" on ${target.pathname}`);
    });
    expect(broken).toEqual([]);
  },
);
