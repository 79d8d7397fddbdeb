// Gate: no comment of the source or the generator ships: every page of the built site is free of `<!--`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DIST, htmlPages } from '../../tooling/dist.ts';

it('ships no HTML comment in any page', async () => {
  const pages = await htmlPages();
  expect(pages.length).toBeGreaterThan(0);
  const withComments: string[] = [];
  for (const page of pages)
    if ((await readFile(path.join(DIST, page), 'utf8')).includes('<!--')) withComments.push(page);
  expect(withComments).toEqual([]);
});
