// Renaming a page or a finding keeps old links working once src/redirects.ts says where they went: checked
// on a fixture build with such renames (see links-renamed-fixture.ts).
import { load } from 'cheerio';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFinding, checkUrl } from '../../contract/check.ts';
import { redirectTarget } from '../../contract/contract.ts';
import type { Redirects } from '../../src/lib/redirects/index.ts';
import { buildRenamed, OLD_ADDRESSES, RENAMES } from './links-renamed-fixture.ts';

const NONE: Redirects = { pages: [], findings: [] };
let dist: string;

beforeAll(async () => {
  dist = await buildRenamed('links-renamed-dist');
});

const page = async (url: string) => load(await readFile(path.join(dist, url, 'index.html'), 'utf8'));

describe('old addresses after a rename', () => {
  it.each(OLD_ADDRESSES.urls)('%s still works through its redirect', async (url) => {
    expect(await checkUrl(dist, url, RENAMES)).toBeUndefined();
  });

  it.each(OLD_ADDRESSES.findings)('$page#$id still lands on its finding', async ({ page, id }) => {
    expect(await checkFinding(dist, page, id, RENAMES)).toBeUndefined();
  });

  it.each(OLD_ADDRESSES.findings)('$page#$id would break without its entry', async ({ page, id }) => {
    expect(await checkFinding(dist, page, id, NONE)).toMatch(/src\/redirects\.ts/);
  });
});

describe('what the build serves for them', () => {
  it('forwards a renamed page to its new address', async () => {
    expect(await redirectTarget(dist, '/china-2010/regional/')).toBe('/china-2010/regional-cooperation/');
  });

  it('keeps a renamed finding’s old id as an anchor right before it', async () => {
    const $ = await page('/china-2010/prosecution/');
    const alias = $('[id="in-april-2009-chinese-officials-collaborated"]');
    expect(alias.is('span.finding-alias:empty')).toBe(true);
    expect(alias.next().attr('id')).toBe('in-april-2009-officials-of-china');
  });

  it('leaves a note where a finding moved from, pointing to where it is now', async () => {
    const $ = await page('/china-2010/summary/');
    const note = $('[id="all-these-efforts-however-need-to"]');
    expect(note.text()).toContain('This finding has moved');
    expect(note.find('a').attr('href')).toBe('/china-2010/protection/#all-these-efforts-however-need-to');
  });

  it('leaves the old page out of the sitemap', async () => {
    const sitemap = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/china-2010/regional-cooperation/<');
    expect(sitemap).not.toContain('/china-2010/regional/<');
  });
});
