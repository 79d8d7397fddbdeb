// A build of the shipped seed as if a later export had renamed things: one finding's opening words changed
// (so its id did), a section page once lived at another address, and a finding once stood on another page.
// src/redirects.ts gets the matching entries through TIP_REDIRECTS, as a maintainer would add them.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { documentPath, findingPath } from '../../src/publish/urls.ts';
import type { Redirects } from '../../src/publish/redirects/index.ts';
import { buildFolders } from '../../tooling/build-env.ts';
import { buildSite } from '../../tooling/build-site.ts';
import { SHIPPED_SEED } from '../../tooling/paths.ts';

/** The document the fixture renames things in. */
export const SLUG = 'china-2010';
const BEFORE = 'In April 2009, Chinese officials collaborated';
const AFTER = 'In April 2009, officials of China collaborated';

/** A section page that once lived at another address (not a section key today, so spelled out). */
export const MOVED_PAGE = { from: `/${SLUG}/regional/`, to: documentPath(SLUG, 'regional-cooperation') };
/** A finding whose id changed because the export reworded its opening. */
export const REWORDED = {
  section: 'prosecution',
  from: 'in-april-2009-chinese-officials-collaborated',
  to: 'in-april-2009-officials-of-china',
} as const;
/** A finding that was once placed in the summary. */
export const MOVED_FINDING = {
  id: 'all-these-efforts-however-need-to',
  from: 'summary',
  to: 'protection',
} as const;

/** The renames the fixture makes, as entries of src/redirects.ts. */
export const RENAMES: Redirects = {
  pages: [{ ...MOVED_PAGE, since: '2026-01-01', reason: 'fixture' }],
  findings: [
    {
      from: findingPath(SLUG, REWORDED.section, REWORDED.from),
      to: findingPath(SLUG, REWORDED.section, REWORDED.to),
      since: '2026-01-01',
      reason: 'fixture: the export reworded the sentence’s opening',
    },
    {
      from: findingPath(SLUG, MOVED_FINDING.from, MOVED_FINDING.id),
      to: findingPath(SLUG, MOVED_FINDING.to, MOVED_FINDING.id),
      since: '2026-01-01',
      reason: 'fixture: the sentence was once placed in the summary',
    },
  ],
};

/** Addresses that were public before the renames, as an old contract would list them. */
export const OLD_ADDRESSES = {
  urls: [MOVED_PAGE.from],
  findings: [
    { page: documentPath(SLUG, REWORDED.section), id: REWORDED.from },
    { page: documentPath(SLUG, MOVED_FINDING.from), id: MOVED_FINDING.id },
    { page: MOVED_PAGE.from, id: 'china-continued-to-build-counter-trafficking' },
  ],
};

/** Builds the fixture into `.output/<name>/dist` and returns that folder. */
export async function buildRenamed(name: string): Promise<string> {
  const { base } = buildFolders(name);
  const seedsDir = path.join(base, 'seeds');
  await rm(base, { recursive: true, force: true });
  await mkdir(seedsDir, { recursive: true });
  const text = await readFile(SHIPPED_SEED, 'utf8');
  if (!text.includes(BEFORE)) throw new Error(`The fixture expects "${BEFORE}" in ${SHIPPED_SEED}`);
  await writeFile(path.join(seedsDir, path.basename(SHIPPED_SEED)), text.replace(BEFORE, AFTER));
  await writeFile(path.join(base, 'redirects.json'), JSON.stringify(RENAMES));
  return buildSite({ name, seedsDir, redirects: path.join(base, 'redirects.json') });
}
