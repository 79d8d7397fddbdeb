// Gate: every built page is valid HTML by html-validate's recommended and document rules.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../tooling/dist.ts';
import { gatePages } from '../../tooling/gate-pages.ts';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended', 'html-validate:document'],
    rules: {
      // A rule about how hand-written source is laid out; the built text keeps its own line breaks.
      'no-trailing-whitespace': 'off',
      // A search-result length heuristic, not validity: a page title names the whole document by design.
      'long-title': 'off',
      // Integrity hashes guard files from other origins; the site loads none (the CSP gate checks that).
      'require-sri': ['error', { target: 'crossorigin' }],
    },
  }),
);

function describeMessage(m: Message): string {
  return `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`;
}

const pages = await gatePages();

describe('HTML validity', () => {
  it('finds built pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s has no html-validate errors', async (page) => {
    const report = await validator.validateString(await readFile(path.join(DIST, page), 'utf8'), page);
    const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
    expect(errors.map(describeMessage)).toEqual([]);
  });
});
