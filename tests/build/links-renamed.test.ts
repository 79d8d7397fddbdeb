// Renaming a page or a finding keeps old links working once src/redirects.ts says where they went: checked
// on a fixture build with such renames (see links-renamed-fixture.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFinding, checkUrl } from '../../contract/check.ts';
import { redirectTarget } from '../../contract/contract.ts';
import type { Redirects } from '../../src/publish/redirects/index.ts';
import { loadPage } from '../../tooling/dist.ts';
import { documentPath, findingPath } from '../../src/publish/urls.ts';
import {
  buildRenamed,
  MOVED_FINDING,
  MOVED_PAGE,
  OLD_ADDRESSES,
  RENAMES,
  REWORDED,
  SLUG,
} from './links-renamed-fixture.ts';

const NONE: Redirects = { pages: [], findings: [] };
let dist: string;

beforeAll(async () => {
  dist = await buildRenamed('links-renamed-dist');
});

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
    expect(await redirectTarget(dist, MOVED_PAGE.from)).toBe(MOVED_PAGE.to);
  });

  it('keeps a renamed finding’s old id as an anchor right before it', async () => {
    const $ = await loadPage(documentPath(SLUG, REWORDED.section), dist);
    const alias = $(`[id="${REWORDED.from}"]`);
    expect(alias.is('span.finding-alias:empty')).toBe(true);
    expect(alias.next().attr('id')).toBe(REWORDED.to);
  });

  it('leaves a note where a finding moved from, pointing to where it is now', async () => {
    const $ = await loadPage(documentPath(SLUG, MOVED_FINDING.from), dist);
    const note = $(`[id="${MOVED_FINDING.id}"]`);
    expect(note.text()).toContain('This finding has moved');
    expect(note.find('a').attr('href')).toBe(findingPath(SLUG, MOVED_FINDING.to, MOVED_FINDING.id));
  });

  it('leaves the old page out of the sitemap', async () => {
    const sitemap = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${MOVED_PAGE.to}<`);
    expect(sitemap).not.toContain(`${MOVED_PAGE.from}<`);
  });
});
