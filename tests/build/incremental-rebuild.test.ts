// Rebuilding after one new export gives the site a cold build of the same seeds gives, byte for byte: the
// pages the incremental build copies from its cache are only those the new export does not change. The new
// export is the earliest of its country, so the changes pages of the later documents now compare with it.
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, tryBuildSite } from '../../tooling/build-site.ts';
import { filesIn } from '../../tooling/dist.ts';
import { ROOT } from '../../tooling/paths.ts';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'archive');
const NEW_EXPORT = 'ruritania-2009-tip-report.txt';
const NAME = 'incremental-rebuild';
const base = path.join(ROOT, '.output', NAME);
const seeds = path.join(base, 'seeds');
const rebuilt = path.join(base, 'rebuilt');

let log = '';
beforeAll(async () => {
  await rm(base, { recursive: true, force: true });
  await mkdir(seeds, { recursive: true });
  await cp(FIXTURE, seeds, { recursive: true, filter: (src) => path.basename(src) !== NEW_EXPORT });
  await buildSite({ name: NAME, seedsDir: seeds });
  await cp(path.join(FIXTURE, NEW_EXPORT), path.join(seeds, NEW_EXPORT));
  const result = await tryBuildSite({ name: NAME, seedsDir: seeds });
  if (result.code !== 0) throw new Error(`the rebuild failed:\n${result.stderr.slice(-3000)}`);
  log = result.stdout;
  await cp(result.dist, rebuilt, { recursive: true });
  // The same seeds, built from nothing: no generated files, no content store, no page cache.
  await buildSite({ name: NAME, seedsDir: seeds, fresh: true });
}, 900_000);

describe('a rebuild after adding one export', () => {
  it('copies the pages the new export does not change from the cache', () => {
    expect(log).toMatch(/\(cached\)|\(restored\)/);
  });

  it('writes the same files as a cold build', async () => {
    expect(await filesIn(rebuilt)).toEqual(await filesIn(path.join(base, 'dist')));
  });

  it('writes every file byte for byte as a cold build does', async () => {
    const differ: string[] = [];
    for (const file of await filesIn(path.join(base, 'dist'))) {
      const [a, b] = await Promise.all([
        readFile(path.join(rebuilt, file)).catch(() => Buffer.alloc(0)),
        readFile(path.join(base, 'dist', file)),
      ]);
      if (!a.equals(b)) differ.push(file);
    }
    expect(differ).toEqual([]);
  });
});
