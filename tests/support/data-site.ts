// The site the data tests read: the fixture archive (both series, tiers, a country only an alias resolves,
// one the dataset does not know), a report whose findings hold commas, quotes and a leading = or +, and a
// report that places its country as a Special Case.
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSite } from '../../tooling/build-site.ts';
import { buildFolders } from '../../tooling/build-env.ts';
import { ROOT } from '../../tooling/paths.ts';

/** The seed folders and files the data site is built from. */
export const DATA_SEEDS = [
  'tests/fixtures/archive',
  'tests/fixtures/hostile-text',
  'tests/fixtures/eras/freedonia-2018-report.txt',
];

/** Copies the data site's seeds into `.output/<name>/seeds/`, builds it, and returns its seeds and dist. */
export async function buildDataSite(name: string): Promise<{ seedsDir: string; dist: string }> {
  const seedsDir = path.join(buildFolders(name).base, 'seeds');
  await rm(seedsDir, { recursive: true, force: true });
  await mkdir(seedsDir, { recursive: true });
  for (const seeds of DATA_SEEDS) {
    const to = seeds.endsWith('.txt') ? path.join(seedsDir, path.basename(seeds)) : seedsDir;
    await cp(path.join(ROOT, seeds), to, { recursive: true });
  }
  return { seedsDir, dist: await buildSite({ seedsDir, name, fresh: true }) };
}
