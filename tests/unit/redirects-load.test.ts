// Redirect lists are checked against their schema when loaded, with one line saying what is wrong.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadRedirects } from '../../src/publish/redirects/index.ts';
import { SHIPPED_REDIRECTS } from '../../src/redirects.ts';

const listFile = (list: unknown): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tip-redirects-')), 'redirects.json');
  writeFileSync(file, JSON.stringify(list));
  return file;
};

describe('loading redirects', () => {
  it('adds a valid list to the shipped one', () => {
    const entry = { from: '/a-2010/old/', to: '/a-2010/summary/', since: '2027-01-31', reason: 'renamed' };
    expect(loadRedirects(SHIPPED_REDIRECTS, listFile({ pages: [entry] })).pages).toContainEqual(entry);
  });

  it('names the file and the entry whose path is malformed', () => {
    const file = listFile({
      pages: [{ from: 'a-2010/old', to: '/a-2010/summary/', since: '2027-01-31', reason: 'r' }],
    });
    expect(() => loadRedirects(SHIPPED_REDIRECTS, file)).toThrow(
      new Error(`${file}: pages.0.from: expected a path like /china-2010/summary/`),
    );
  });

  it('names the file and the entry whose date is not an ISO date', () => {
    const file = listFile({
      findings: [{ from: '/a-2010/summary/#x', to: '/a-2010/summary/#y', since: 'last week', reason: 'r' }],
    });
    expect(() => loadRedirects(SHIPPED_REDIRECTS, file)).toThrow(
      new Error(`${file}: findings.0.since: expected the ISO date the change shipped, like 2027-01-31`),
    );
  });
});

describe("the site's redirects", () => {
  it('read TIP_REDIRECTS when first asked for, not when imported', async () => {
    const file = listFile({
      pages: [{ from: 'no-slash', to: '/a-2010/summary/', since: '2027-01-31', reason: 'r' }],
    });
    vi.resetModules();
    vi.stubEnv('TIP_REDIRECTS', file);
    try {
      const { siteRedirects } = await import('../../src/redirects.ts');
      expect(() => siteRedirects()).toThrow(
        `${file}: pages.0.from: expected a path like /china-2010/summary/`,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
