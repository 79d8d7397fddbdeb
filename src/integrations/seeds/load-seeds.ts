import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildDocument } from '../../lib/refworld/build-document.ts';
import { decodeSeed } from '../../lib/refworld/decode-seed.ts';
import type { Document } from '../../lib/refworld/schema.ts';
import { SeedError } from '../../lib/refworld/seed-error.ts';

/** A parsed seed and the path it was read from, relative to the project. */
export interface LoadedSeed {
  path: string;
  document: Document;
}

/**
 * Reads every `.txt` export in the seeds folder, in name order, into the
 * document model, and checks that no two documents share a URL slug.
 * @throws SeedError naming the file and line of the first problem
 */
export async function loadSeeds(
  seedsDir: string,
  root: string,
  onProgress?: (done: number, total: number) => void,
): Promise<LoadedSeed[]> {
  const shown = relative(root, seedsDir) || '.';
  let names: string[];
  try {
    names = (await readdir(seedsDir)).filter((n) => /\.txt$/i.test(n)).sort();
  } catch (cause) {
    throw new SeedError(shown, 0, 'a folder of Refworld .txt exports, but it could not be read', { cause });
  }
  if (names.length === 0)
    throw new SeedError(shown, 0, 'at least one Refworld export (a .txt file) in the folder');

  const seeds: LoadedSeed[] = [];
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const path = relative(root, join(seedsDir, name));
    const text = decodeSeed(await readFile(join(seedsDir, name)), path);
    const document = buildDocument(text, path);
    const other = bySlug.get(document.meta.slug);
    if (other !== undefined) {
      // The title names the country, which with the year makes the address: point there.
      const titleLine = text.split(/\r\n|\r|\n/).findIndex((l) => l.trim() === document.meta.title) + 1;
      throw new SeedError(
        path,
        titleLine || 1,
        `a country and publication year no other seed has, but "${document.meta.slug}" is also the address of ${other}`,
      );
    }
    bySlug.set(document.meta.slug, path);
    seeds.push({ path, document });
    onProgress?.(seeds.length, names.length);
  }
  return seeds;
}
