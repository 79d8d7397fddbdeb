// The gates' pages: a page a gate checks that the built site lacks fails the gate's tests instead of skipping
// them. The fixture is a built site's shape without its search page.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPages, requiredPath } from '../../tooling/audit-pages.ts';
import { ROOT } from '../../tooling/paths.ts';

const SITE = path.join(ROOT, 'tests/fixtures/site-without-search');

describe('requiredPath', () => {
  it('gives the path of a page the site has', async () => {
    expect(requiredPath(await auditPages(SITE), 'section')).toBe('/china-2010/summary/');
  });

  it('throws, naming the page, when the site lacks it', async () => {
    const pages = await auditPages(SITE);
    expect(() => requiredPath(pages, 'search')).toThrow('the built site has no search page to check');
  });
});
