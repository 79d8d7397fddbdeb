import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Document } from '../../model/refworld/schema.ts';
import type { GeneratedFile } from './generate.ts';

/** What a seed came to: its model and the files generated from it. */
export interface SeedResult {
  document: Document;
  files: GeneratedFile[];
}

/** The folders whose code decides what a seed becomes: any change there reads every seed again. */
const CODE = [
  'src/model',
  'src/publish',
  'src/generated-content.ts',
  'src/integrations/seeds',
  'src/strings.ts',
  'src/redirects.ts',
];

/** Every file under `entry` (a file or a folder), sorted, relative to `root`. */
async function filesUnder(root: string, entry: string): Promise<string[]> {
  const full = path.join(root, entry);
  const found = await readdir(full, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (found === undefined) return [entry];
  return found
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * Each seed's model and generated files, kept in the build's cache folder by a digest of the seed's bytes,
 * its path and the code that reads it, so that a rebuild reads and generates only the seeds that changed.
 * Entries not asked for in a build are removed at its end.
 */
export class SeedCache {
  readonly #dir: string;
  readonly #version: string;
  readonly #used = new Set<string>();

  private constructor(dir: string, version: string) {
    this.#dir = dir;
    this.#version = version;
  }

  /** The cache in `dir`, for the code of the project at `root` as it is now. */
  static async open(dir: string, root: string): Promise<SeedCache> {
    const hash = createHash('sha256');
    for (const entry of CODE)
      for (const file of await filesUnder(root, entry)) {
        hash.update(file);
        hash.update(await readFile(path.join(root, file)).catch(() => Buffer.alloc(0)));
      }
    await mkdir(dir, { recursive: true });
    return new SeedCache(dir, hash.digest('hex'));
  }

  #key(seedPath: string, bytes: Uint8Array): string {
    return createHash('sha256').update(this.#version).update(seedPath).update(bytes).digest('hex');
  }

  /** What the seed at `seedPath` with these bytes came to in an earlier build, if it is kept. */
  async get(seedPath: string, bytes: Uint8Array): Promise<SeedResult | undefined> {
    const key = this.#key(seedPath, bytes);
    this.#used.add(key);
    const json = await readFile(path.join(this.#dir, `${key}.json`), 'utf8').catch(() => undefined);
    return json === undefined ? undefined : (JSON.parse(json) as SeedResult);
  }

  /** Keeps what the seed came to. */
  async set(seedPath: string, bytes: Uint8Array, result: SeedResult): Promise<void> {
    const key = this.#key(seedPath, bytes);
    this.#used.add(key);
    await writeFile(path.join(this.#dir, `${key}.json`), JSON.stringify(result));
  }

  /** Removes the entries this build did not ask for. */
  async prune(): Promise<void> {
    for (const name of await readdir(this.#dir))
      if (!this.#used.has(name.replace(/\.json$/, ''))) await rm(path.join(this.#dir, name), { force: true });
  }
}
