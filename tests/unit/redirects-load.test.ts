// Redirect lists are checked against their schema when loaded, with one line saying what is wrong.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRedirects } from '../../src/publish/redirects/index.ts';

const listFile = (list: unknown): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tip-redirects-')), 'redirects.json');
  writeFileSync(file, JSON.stringify(list));
  return file;
};

describe('loading redirects', () => {
  it('adds a valid list to the shipped one', () => {
    const entry = { from: '/a-2010/old/', to: '/a-2010/summary/', since: '2027-01-31', reason: 'renamed' };
    expect(loadRedirects(listFile({ pages: [entry] })).pages).toContainEqual(entry);
  });

  it('names the file and the entry whose path is malformed', () => {
    const file = listFile({
      pages: [{ from: 'a-2010/old', to: '/a-2010/summary/', since: '2027-01-31', reason: 'r' }],
    });
    expect(() => loadRedirects(file)).toThrow(
      new Error(`${file}: pages.0.from: expected a path like /china-2010/summary/`),
    );
  });

  it('names the file and the entry whose date is not an ISO date', () => {
    const file = listFile({
      findings: [{ from: '/a-2010/summary/#x', to: '/a-2010/summary/#y', since: 'last week', reason: 'r' }],
    });
    expect(() => loadRedirects(file)).toThrow(
      new Error(`${file}: findings.0.since: expected the ISO date the change shipped, like 2027-01-31`),
    );
  });
});
