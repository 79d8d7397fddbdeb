// The findings' HTML does not change with how pages are built: a build of the shipped seed, of the
// markup-characters fixture and of the eras fixture ships, byte for byte, the findings HTML recorded in
// tests/fixtures/findings-golden/ from the site as it was built before section pages were rendered at
// content sync, when each was an MDX module rendered by Astro.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../tooling/build-site.ts';
import { findingsHtml } from '../../tooling/findings-html.ts';
import { ROOT } from '../../tooling/paths.ts';

const CASES = [
  { golden: 'shipped-seed', seedsDir: 'seeds' },
  { golden: 'markup-characters', seedsDir: 'tests/fixtures/refworld/markup-characters' },
  // Every era's layout: list paragraphs, the trafficking profile, the tier line.
  { golden: 'eras', seedsDir: 'tests/fixtures/eras' },
] as const;

describe.each(CASES)('the $golden build', ({ golden, seedsDir }) => {
  it('ships the recorded findings HTML on its section pages, full text and overview', async () => {
    const dist = await buildSite({ name: `findings-golden-${golden}`, seedsDir, fresh: true });
    const file = path.join(ROOT, 'tests', 'fixtures', 'findings-golden', `${golden}.json`);
    const expected = JSON.parse(await readFile(file, 'utf8')) as Record<string, string[]>;
    expect(await findingsHtml(dist)).toEqual(expected);
  }, 300_000);
});
