import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildDocument } from '../../lib/refworld/build-document.ts';
import { decodeSeed } from '../../lib/refworld/decode-seed.ts';
import type { Document } from '../../lib/refworld/schema.ts';
import { SeedError } from '../../lib/refworld/seed-error.ts';
import { SeedErrors } from '../../lib/refworld/seed-errors.ts';

/** A parsed seed and the path it was read from, relative to the project. */
export interface LoadedSeed {
  path: string;
  document: Document;
}

/** The seed's document, or its problem; anything but a seed problem is the program's and is thrown. */
async function readSeed(seedsDir: string, name: string, root: string): Promise<LoadedSeed | SeedError> {
  const path = relative(root, join(seedsDir, name));
  try {
    const text = decodeSeed(await readFile(join(seedsDir, name)), path);
    return { path, document: buildDocument(text, path) };
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
}

/** The 1-based line of a document's title in its seed, where its address comes from. */
async function titleLine(root: string, seed: LoadedSeed): Promise<number> {
  const text = await readFile(join(root, seed.path), 'utf8');
  return text.split(/\r\n|\r|\n/).findIndex((l) => l.trim() === seed.document.meta.title) + 1 || 1;
}

/**
 * Reads every `.txt` export in the seeds folder, in name order, into the document model, and checks that
 * no two documents share a URL slug. Every seed is read before anything is reported, so one run names
 * every problem.
 * @throws SeedErrors listing each problem's one line, in the order of the seeds' names
 */
export async function loadSeeds(seedsDir: string, root: string): Promise<LoadedSeed[]> {
  const shown = relative(root, seedsDir) || '.';
  let names: string[];
  try {
    names = (await readdir(seedsDir)).filter((n) => /\.txt$/i.test(n)).sort();
  } catch (cause) {
    const error = new SeedError(shown, 0, 'a folder of Refworld .txt exports, but it could not be read', {
      cause,
    });
    throw new SeedErrors([error]);
  }
  if (names.length === 0)
    throw new SeedErrors([
      new SeedError(shown, 0, 'at least one Refworld export (a .txt file) in the folder'),
    ]);

  const seeds: LoadedSeed[] = [];
  const errors: SeedError[] = [];
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const seed = await readSeed(seedsDir, name, root);
    if (seed instanceof SeedError) {
      errors.push(seed);
      continue;
    }
    const other = bySlug.get(seed.document.meta.slug);
    if (other !== undefined) {
      // The title names the country, which with the year makes the address: point there.
      errors.push(
        new SeedError(
          seed.path,
          await titleLine(root, seed),
          `a country and publication year no other seed has, but "${seed.document.meta.slug}" is also the address of ${other}`,
        ),
      );
      continue;
    }
    bySlug.set(seed.document.meta.slug, seed.path);
    seeds.push(seed);
  }
  if (errors.length > 0) throw new SeedErrors(errors);
  return seeds;
}
