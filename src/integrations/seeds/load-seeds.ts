import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildDocument } from '../../model/refworld/build-document.ts';
import { decodeSeed } from '../../model/refworld/decode-seed.ts';
import type { Document } from '../../model/refworld/schema.ts';
import { SeedError } from '../../model/refworld/seed-error.ts';
import { SeedErrors } from '../../model/refworld/seed-errors.ts';
import type { GeneratedFile } from './generate.ts';
import type { SeedCache } from './seed-cache.ts';

/** A parsed seed and the path it was read from, relative to the project. */
export interface LoadedSeed {
  path: string;
  document: Document;
  /** The files generated from it, when read with a cache (`SeedsCache`). */
  files?: GeneratedFile[];
  /** True when it was unchanged since the build that cached it, and so not read again. */
  cached?: boolean;
}

/** A cache of what each seed came to, and how to generate a seed's files when it is not kept there. */
export interface SeedsCache {
  cache: SeedCache;
  generate: (document: Document, path: string) => GeneratedFile[];
}

/** The seed's document, or its problem; anything but a seed problem is the program's and is thrown. */
async function readSeed(
  seedsDir: string,
  name: string,
  root: string,
  cached?: SeedsCache,
): Promise<LoadedSeed | SeedError> {
  const path = relative(root, join(seedsDir, name));
  try {
    const bytes = await readFile(join(seedsDir, name));
    const kept = await cached?.cache.get(path, bytes);
    if (kept) return { path, ...kept, cached: true };
    const document = buildDocument(decodeSeed(bytes, path), path);
    if (!cached) return { path, document };
    const files = cached.generate(document, path);
    await cached.cache.set(path, bytes, { document, files });
    return { path, document, files };
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
export async function loadSeeds(
  seedsDir: string,
  root: string,
  onProgress?: (done: number, total: number) => void,
  cached?: SeedsCache,
): Promise<LoadedSeed[]> {
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
    const seed = await readSeed(seedsDir, name, root, cached);
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
    onProgress?.(seeds.length, names.length);
  }
  if (errors.length > 0) throw new SeedErrors(errors);
  return seeds;
}
