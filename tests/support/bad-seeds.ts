// The bad-seed fixtures: one folder per way a seed can be wrong, holding the seed and the error it must give.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../tooling/paths.ts';

/** The folder of the fixtures, relative to the project root. */
export const BAD_SEEDS = 'tests/fixtures/bad-seeds';

/** One bad-seed fixture. */
export interface BadSeed {
  /** The folder's name, which says what is wrong. */
  name: string;
  /** The folder, relative to the project root: a seeds folder holding the one bad seed. */
  folder: string;
  /** The `.txt` files in the folder (exactly one, for a well-formed fixture). */
  seeds: string[];
  /** The one line a build or `loadSeeds` must report, as printed from the project root. */
  message: string;
}

/**
 * Every fixture, by folder name. Its `expected-error` file (no `.txt`, so the build never reads it as a
 * seed) holds the message after the folder: `<seed>.txt:<line>: expected …`.
 */
export function badSeeds(): BadSeed[] {
  const dir = path.join(ROOT, BAD_SEEDS);
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const folder = `${BAD_SEEDS}/${name}`;
      const files = readdirSync(path.join(dir, name));
      const expected = readFileSync(path.join(dir, name, 'expected-error'), 'utf8').trim();
      return {
        name,
        folder,
        seeds: files.filter((f) => f.endsWith('.txt')),
        message: `${folder}/${expected}`,
      };
    });
}
