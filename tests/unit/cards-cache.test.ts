// The social card step remakes a card only when its document's source, the card's words or the template
// change; otherwise it copies the cached image. One document makes its own card and those of the archive's
// pages (home, countries, search, tiers, data, its country's and its year's), which depend on their words alone.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import cards from '../../src/integrations/cards/index.ts';
import { pageCards } from '../../src/integrations/cards/page-cards.ts';
import { documentsIn } from '../../tooling/seeds.ts';

const tmp = await mkdtemp(path.join(tmpdir(), 'tip-cards-'));
const site = path.join(tmp, 'dist');
// The shipped seed's metadata, as the build writes it into assessment.json.
const [doc] = await documentsIn();
if (!doc) throw new Error('no seed to test');
const { meta, country, tier } = doc;
/** The document as the build writes it into assessment.json (its head is what the cards read). */
const json = (sourceSha256: string) => JSON.stringify({ meta: { ...meta, sourceSha256 }, country, tier });
/** The archive's page cards one document gives, besides its own. */
const archiveCards = pageCards([doc], 'Site').length;

afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Runs the step's build hook on the fake site and returns what it logged. */
async function build(sourceSha256: string): Promise<string> {
  await mkdir(path.join(site, meta.slug), { recursive: true });
  await writeFile(path.join(site, meta.slug, 'assessment.json'), json(sourceSha256));
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line) };
  const hook = cards({ cacheDir: path.join(tmp, 'cache'), siteName: 'Site' }).hooks['astro:build:done'];
  await (hook as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${site}/`), logger });
  return logged.join('\n');
}

describe('social cards', () => {
  it('are made once, reused while the source is unchanged, and remade when it changes', async () => {
    expect(await build('a'.repeat(64))).toMatch(new RegExp(`${archiveCards + 1} made, 0 reused`));
    const first = await readFile(path.join(site, meta.slug, 'card.png'));
    expect(await build('a'.repeat(64))).toMatch(new RegExp(`0 made, ${archiveCards + 1} reused`));
    expect(await readFile(path.join(site, meta.slug, 'card.png'))).toEqual(first);
    expect(await build('b'.repeat(64))).toMatch(new RegExp(`1 made, ${archiveCards} reused`));
    const countryCard = await readFile(path.join(site, 'countries', country.slug, 'card.png'));
    expect(countryCard.subarray(1, 4).toString()).toBe('PNG');
  }, 30_000);

  it('are drawn beside the build, from the generated documents, and copied into the site after it', async () => {
    const documentsDir = path.join(tmp, 'generated-documents');
    await mkdir(documentsDir, { recursive: true });
    await mkdir(path.join(site, meta.slug), { recursive: true });
    await writeFile(path.join(documentsDir, `${meta.slug}.json`), json('c'.repeat(64)));
    await writeFile(path.join(site, meta.slug, 'assessment.json'), json('c'.repeat(64)));
    const logged: string[] = [];
    const logger = { info: (line: string) => logged.push(line) };
    const { hooks } = cards({ cacheDir: path.join(tmp, 'cache'), siteName: 'Site', documentsDir });
    await (hooks['astro:build:start'] as (options: unknown) => Promise<void> | void)({ logger });
    await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({
      dir: pathToFileURL(`${site}/`),
      logger,
    });
    expect(logged.join('\n')).toMatch(
      new RegExp(`1 made, ${archiveCards} reused.*; 1 drawn beside the build`),
    );
    expect((await readFile(path.join(site, meta.slug, 'card.png'))).subarray(1, 4).toString()).toBe('PNG');
  }, 30_000);
});
