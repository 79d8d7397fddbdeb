// Loading the seeds folder: every export in name order, digests of the files' bytes, one address per document.
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/integrations/seeds/load-seeds.ts';
import { SeedErrors } from '../../src/model/refworld/seed-errors.ts';
import { exportText } from './export-text.ts';

let root: string;
let seedsDir: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tip-load-seeds-'));
  seedsDir = path.join(root, 'seeds');
  await mkdir(seedsDir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const write = (name: string, contents: string | Uint8Array) => writeFile(path.join(seedsDir, name), contents);

describe('loadSeeds', () => {
  it('reads every .txt export in name order, with its path from the project root, and nothing else', async () => {
    await write('b.txt', exportText({ title: 'Trafficking in Persons Interim Assessment - Sylvania' }));
    await write('a.txt', exportText());
    await write('notes.md', '# not a seed');
    const seeds = await loadSeeds(seedsDir, root);
    expect(seeds.map((s) => [s.path, s.document.meta.slug])).toEqual([
      ['seeds/a.txt', 'freedonia-2011'],
      ['seeds/b.txt', 'sylvania-2011'],
    ]);
  });

  it('digests the bytes of the file, byte-order mark included', async () => {
    const bytes = Buffer.from(`\uFEFF${exportText()}`, 'utf8');
    await write('a.txt', bytes);
    const [seed] = await loadSeeds(seedsDir, root);
    expect(seed?.document.meta.sourceSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('reads an export whose name ends in upper-case .TXT', async () => {
    await write('A.TXT', exportText());
    const seeds = await loadSeeds(seedsDir, root);
    expect(seeds.map((seed) => seed.path)).toEqual(['seeds/A.TXT']);
  });

  it('fails when two seeds would have the same address', async () => {
    await write('a.txt', exportText());
    await write('b.txt', exportText({ publicationDate: '1 June 2011', lastUpdated: null }));
    const error = await loadSeeds(seedsDir, root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedErrors);
    expect((error as SeedErrors).errors.map((e) => e.message)).toEqual([
      'seeds/b.txt:1: expected a country and publication year no other seed has, but "freedonia-2011" is also the address of seeds/a.txt',
    ]);
  });

  it('reads every seed before stopping, and reports each problem on its line, then their count', async () => {
    await write('a.txt', exportText({ publisher: null }));
    await write('b.txt', exportText({ title: 'Trafficking in Persons Interim Assessment - Sylvania' }));
    await write('c.txt', exportText({ title: 'Country Report on Human Rights - Freedonia' }));
    await write('d.txt', exportText({ publicationDate: null }));
    const error = await loadSeeds(seedsDir, root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedErrors);
    const lines = (error as SeedErrors).message.split('\n');
    expect(lines.map((line) => line.replace(/: expected .*/, ''))).toEqual([
      'seeds/a.txt:5',
      'seeds/c.txt:3',
      'seeds/d.txt:6',
      '3 problems in the seeds; nothing was written',
    ]);
  });

  it('fails on a seed that is not UTF-8, naming it', async () => {
    await write(
      'a.txt',
      Buffer.from(exportText({ citeAs: null, body: ['Caf\u00e9 owners were fined.'] }), 'latin1'),
    );
    await expect(loadSeeds(seedsDir, root)).rejects.toThrow(
      'seeds/a.txt:9: expected UTF-8 text, but this line has a byte that is not UTF-8 (save the export as UTF-8)',
    );
  });

  it('fails on a folder with no export in it', async () => {
    await write('readme.md', 'nothing here');
    await expect(loadSeeds(seedsDir, root)).rejects.toThrow(
      'seeds:0: expected at least one Refworld export (a .txt file) in the folder',
    );
  });
});
