// A build of the shipped seed as if a later export had renamed things: one finding's opening words changed
// (so its id did), a section page once lived at another address, and a finding once stood on another page.
// src/redirects.ts gets the matching entries through TIP_REDIRECTS, as a maintainer would add them.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Redirects } from '../../src/lib/redirects/index.ts';
import { ROOT, runBuild } from '../support/build-site.ts';

const SEED = 'china-2010-tip-interim-assessment.txt';
const BEFORE = 'In April 2009, Chinese officials collaborated';
const AFTER = 'In April 2009, officials of China collaborated';

/** The renames the fixture makes, as entries of src/redirects.ts. */
export const RENAMES: Redirects = {
  pages: [
    {
      from: '/china-2010/regional/',
      to: '/china-2010/regional-cooperation/',
      since: '2026-01-01',
      reason: 'fixture',
    },
  ],
  findings: [
    {
      from: '/china-2010/prosecution/#in-april-2009-chinese-officials-collaborated',
      to: '/china-2010/prosecution/#in-april-2009-officials-of-china',
      since: '2026-01-01',
      reason: 'fixture: the export reworded the sentence’s opening',
    },
    {
      from: '/china-2010/summary/#all-these-efforts-however-need-to',
      to: '/china-2010/protection/#all-these-efforts-however-need-to',
      since: '2026-01-01',
      reason: 'fixture: the sentence was once placed in the summary',
    },
  ],
};

/** Addresses that were public before the renames, as an old contract would list them. */
export const OLD_ADDRESSES = {
  urls: ['/china-2010/regional/'],
  findings: [
    { page: '/china-2010/prosecution/', id: 'in-april-2009-chinese-officials-collaborated' },
    { page: '/china-2010/summary/', id: 'all-these-efforts-however-need-to' },
    { page: '/china-2010/regional/', id: 'china-continued-to-build-counter-trafficking' },
  ],
};

/** Builds the fixture into `.output/<name>/dist` and returns that folder. */
export async function buildRenamed(name: string): Promise<string> {
  const base = path.join(ROOT, '.output', name);
  await rm(base, { recursive: true, force: true });
  await mkdir(path.join(base, 'seeds'), { recursive: true });
  const text = await readFile(path.join(ROOT, 'seeds', SEED), 'utf8');
  if (!text.includes(BEFORE)) throw new Error(`The fixture expects "${BEFORE}" in seeds/${SEED}`);
  await writeFile(path.join(base, 'seeds', SEED), text.replace(BEFORE, AFTER));
  await writeFile(path.join(base, 'redirects.json'), JSON.stringify(RENAMES));
  const result = await runBuild({
    TIP_SEEDS_DIR: path.join(base, 'seeds'),
    TIP_REDIRECTS: path.join(base, 'redirects.json'),
    TIP_GENERATED_DIR: `.output/${name}/generated`,
    TIP_OUT_DIR: `.output/${name}/dist`,
    TIP_CACHE_DIR: `.output/${name}/cache`,
  });
  if (result.code !== 0) throw new Error(`fixture build failed:\n${result.stderr.slice(-3000)}`);
  return path.join(base, 'dist');
}
