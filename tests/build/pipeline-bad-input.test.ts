// A bad seed stops `astro build`: a non-zero exit, one line naming the file, the line and what was expected,
// no stack trace, and nothing written. One build per folder of tests/fixtures/bad-seeds/<case>/ (one bad
// .txt each), and one of two seeds that would share an address.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBuild, type BuildResult } from '../support/build-site.ts';

const BAD_SEEDS = 'tests/fixtures/bad-seeds';

/** What each case's build must print, after the seed's path: `<line>: expected …`. */
const MESSAGES: Record<string, string> = {
  'empty-file':
    '1: expected a Refworld export (a title line, then "Publisher" and "Publication Date" lines), but the file is empty',
  'whitespace-only':
    '1: expected a Refworld export (a title line, then "Publisher" and "Publication Date" lines), but the file is empty',
  'not-an-export': '2: expected a "Publisher <name>" line after the title (is this a Refworld export?)',
  'missing-title': '3: expected the title line ("<document type> - <country>") before the "Publisher" line',
  'missing-publisher': '5: expected a "Publisher <name>" line after the title (is this a Refworld export?)',
  'missing-publication-date': '6: expected a "Publication Date <day month year>" line in the header',
  'unparseable-date': '6: expected a publication date like "24 February 2010", found "March 2011"',
  'title-without-country':
    '3: expected a title of a known series, "<year> Trafficking in Persons Report - <country>" or "Trafficking in Persons Interim Assessment - <country>", found "Trafficking in Persons Interim Assessment"',
  'no-body': '8: expected at least one body paragraph after the header, separated by a blank line',
  'chrome-only': '9: expected at least one body paragraph after the header, separated by a blank line',
  'not-utf8': '9: expected UTF-8 text, but this line has a byte that is not UTF-8 (save the export as UTF-8)',
};

/** Builds `seedsDir` into .output/<name>/ after clearing it, and returns the result and where it wrote. */
async function build(
  name: string,
  seedsDir: string,
): Promise<BuildResult & { dist: string; generated: string }> {
  const base = `.output/${name}`;
  const dist = path.join(ROOT, base, 'dist');
  const generated = path.join(ROOT, base, 'generated');
  await rm(dist, { recursive: true, force: true });
  await rm(generated, { recursive: true, force: true });
  const result = await runBuild({
    TIP_SEEDS_DIR: path.resolve(ROOT, seedsDir),
    TIP_GENERATED_DIR: `${base}/generated`,
    TIP_OUT_DIR: `${base}/dist`,
    TIP_CACHE_DIR: `${base}/cache`,
  });
  return { ...result, dist, generated };
}

/** The failed build's expected behaviour, whatever the cause. */
function expectCleanFailure(result: Awaited<ReturnType<typeof build>>, message: string): void {
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.code, output).not.toBe(0);
  expect(output.split('\n').filter((line) => line.includes(message))).toHaveLength(1);
  expect(output.split('\n').filter((line) => line.startsWith('    at '))).toEqual([]);
  expect(existsSync(result.dist), 'out dir').toBe(false);
  expect(existsSync(result.generated), 'generated folder').toBe(false);
}

const cases = readdirSync(path.join(ROOT, BAD_SEEDS)).sort();

describe('a bad seed fails the build', () => {
  it('has a message for every case folder, and one bad .txt in each', () => {
    expect(cases).toEqual(Object.keys(MESSAGES).sort());
    for (const name of cases) {
      expect(readdirSync(path.join(ROOT, BAD_SEEDS, name)).filter((f) => f.endsWith('.txt'))).toHaveLength(1);
    }
  });

  it.each(cases)('%s', async (name) => {
    const folder = `${BAD_SEEDS}/${name}`;
    const [seed] = readdirSync(path.join(ROOT, folder)).filter((f) => f.endsWith('.txt'));
    const result = await build(`pipeline-bad-${name}`, folder);
    expectCleanFailure(result, `${folder}/${seed}:${MESSAGES[name]}`);
  });
});

describe('two seeds with the same country and year', () => {
  it('fail the build with the address collision', async () => {
    // The real seed, and the same assessment as if republished later in the same year.
    const seedsDir = '.output/pipeline-collision/seeds';
    const china = readFileSync(path.join(ROOT, 'seeds/china-2010-tip-interim-assessment.txt'), 'utf8');
    const later = china.replace(/^Publication Date .*$/m, 'Publication Date 1 June 2010');
    expect(later).not.toBe(china);
    await rm(path.join(ROOT, seedsDir), { recursive: true, force: true });
    await mkdir(path.join(ROOT, seedsDir), { recursive: true });
    await writeFile(path.join(ROOT, seedsDir, 'a-china.txt'), china);
    await writeFile(path.join(ROOT, seedsDir, 'b-china-june.txt'), later);

    const result = await build('pipeline-collision', seedsDir);
    expectCleanFailure(
      result,
      `${seedsDir}/b-china-june.txt:3: expected a country and publication year no other seed has, but "china-2010" is also the address of ${seedsDir}/a-china.txt`,
    );
  });
});
