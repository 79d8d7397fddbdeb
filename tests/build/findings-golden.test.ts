// The findings' HTML does not change with how pages are built: a build of the shipped seed, of the
// markup-characters fixture and of the eras fixture ships, byte for byte, the findings HTML recorded in
// tests/fixtures/findings-golden/. An intended change to the finding HTML (finding-html.ts) is recorded again
// with UPDATE_GOLDEN=1, and its diff read before it is committed.
import path from 'node:path';
import { describe, it } from 'vitest';
import { buildSite } from '../../tooling/build-site.ts';
import { findingsHtml } from '../../tooling/findings-html.ts';
import { ROOT } from '../../tooling/paths.ts';
import { expectGolden } from '../support/golden.ts';

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
    expectGolden(file, await findingsHtml(dist));
  }, 300_000);
});
