// A bad seed stops `astro build`: a non-zero exit, one line naming the file, the line and what was expected,
// no stack trace, and nothing written. One build per folder of tests/fixtures/bad-seeds/<case>/ (one bad
// .txt each, and the error it must give in expected-error), and one of two seeds that would share an address.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFolders, type SiteBuild } from '../../tooling/build-env.ts';
import { tryBuildSite } from '../../tooling/build-site.ts';
import { SHIPPED_SEED } from '../../tooling/paths.ts';
import { badSeeds } from '../support/bad-seeds.ts';

/** Builds `build` after clearing its output, and expects it to fail as a bad seed must. */
async function expectCleanFailure(build: SiteBuild, message: string): Promise<void> {
  const result = await tryBuildSite({ ...build, fresh: true });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.code, output).not.toBe(0);
  expect(output.split('\n').filter((line) => line.includes(message))).toHaveLength(1);
  expect(output.split('\n').filter((line) => line.startsWith('    at '))).toEqual([]);
  expect(existsSync(result.dist), 'out dir').toBe(false);
  expect(existsSync(result.generated), 'generated folder').toBe(false);
}

const cases = badSeeds();
/** A real `astro build` each: the time is the build's, on a busy machine, not what the test measures. */
const BUILD = { timeout: 180_000 };

describe('a bad seed fails the build', () => {
  it('has one bad .txt and the error it must give in every case folder', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const { name, seeds, message } of cases) {
      expect(seeds, name).toHaveLength(1);
      expect(message, name).toMatch(/^[^\n]+\.txt:\d+: expected /);
    }
  });

  it.each(cases)('$name', BUILD, async ({ name, folder, message }) => {
    await expectCleanFailure({ name: `pipeline-bad-${name}`, seedsDir: folder }, message);
  });
});

describe('two seeds with the same country and year', () => {
  it('fail the build with the address collision', BUILD, async () => {
    // The real seed, and the same assessment as if republished later in the same year.
    const build: SiteBuild = { name: 'pipeline-collision', seedsDir: '.output/pipeline-collision/seeds' };
    const seedsDir = path.join(buildFolders(build.name).base, 'seeds');
    const china = await readFile(SHIPPED_SEED, 'utf8');
    const later = china.replace(/^Publication Date .*$/m, 'Publication Date 1 June 2010');
    expect(later).not.toBe(china);
    await rm(seedsDir, { recursive: true, force: true });
    await mkdir(seedsDir, { recursive: true });
    await writeFile(path.join(seedsDir, 'a-china.txt'), china);
    await writeFile(path.join(seedsDir, 'b-china-june.txt'), later);

    await expectCleanFailure(
      build,
      `${build.seedsDir}/b-china-june.txt:3: expected a country and publication year no other seed has, but "china-2010" is also the address of ${build.seedsDir}/a-china.txt`,
    );
  });
});

describe('several bad seeds', () => {
  it('are all reported in one build, one line each, then their count', BUILD, async () => {
    // Three fixtures of different faults, side by side in one seeds folder.
    const chosen = cases.filter((c) =>
      ['missing-publisher', 'missing-publication-date', 'no-body'].includes(c.name),
    );
    expect(chosen).toHaveLength(3);
    const build: SiteBuild = { name: 'pipeline-several-bad', seedsDir: '.output/pipeline-several-bad/seeds' };
    const seedsDir = path.join(buildFolders(build.name).base, 'seeds');
    await rm(seedsDir, { recursive: true, force: true });
    await mkdir(seedsDir, { recursive: true });
    const messages: string[] = [];
    for (const { name, folder, seeds, message } of chosen) {
      const seed = seeds[0] ?? '';
      await writeFile(path.join(seedsDir, `${name}.txt`), await readFile(path.join(folder, seed)));
      // The fixture's message names its own folder and file; here the seed is in this folder, under its case's name.
      messages.push(message.replace(`${folder}/${seed}`, `${build.seedsDir}/${name}.txt`));
    }
    const result = await tryBuildSite({ ...build, fresh: true });
    const lines = `${result.stdout}\n${result.stderr}`.split('\n');
    expect(result.code).not.toBe(0);
    for (const message of messages)
      expect(
        lines.filter((line) => line.includes(message)),
        message,
      ).toHaveLength(1);
    expect(
      lines.filter((line) => line.includes('3 problems in the seeds; nothing was written')),
    ).toHaveLength(1);
    expect(existsSync(result.dist), 'out dir').toBe(false);
    expect(existsSync(result.generated), 'generated folder').toBe(false);
  });
});
