// The URL contract: every URL and finding address in contract/urls.json still works in the built site,
// directly or through src/redirects.ts, and the contract lists everything the site now offers.
import { describe, expect, it } from 'vitest';
import { checkFinding, checkUrl } from '../../contract/check.ts';
import { contractOf, readContract } from '../../contract/contract.ts';
import { findingPath } from '../../src/publish/urls.ts';
import { DIST } from '../../tooling/dist.ts';
import { seedsIn } from '../../tooling/seeds.ts';

const contract = await readContract();
const built = await contractOf(DIST);
const seeds = await seedsIn();
const addresses = Object.entries(contract.findings).flatMap(([page, ids]) => ids.map((id) => ({ page, id })));

describe('the URL contract', () => {
  it.each(contract.urls)('%s still works', async (url) => {
    expect(await checkUrl(DIST, url)).toBeUndefined();
  });

  it.each(addresses)('$page#$id still lands on its finding', async ({ page, id }) => {
    expect(await checkFinding(DIST, page, id)).toBeUndefined();
  });

  it('lists every public URL of the build (run `npm run contract:update` after adding a page)', () => {
    expect(built.urls.filter((url) => !contract.urls.includes(url))).toEqual([]);
  });

  it('lists the permanent address of every finding in the seeds', () => {
    const listed = new Set(addresses.map(({ page, id }) => `${page}#${id}`));
    const fromSeeds = seeds.flatMap(({ document }) =>
      document.paragraphs.flatMap((p) =>
        p.findings.map((f) => findingPath(document.meta.slug, p.section, f.id)),
      ),
    );
    expect(fromSeeds.length).toBeGreaterThan(0);
    expect(fromSeeds.filter((address) => !listed.has(address))).toEqual([]);
  });
});
