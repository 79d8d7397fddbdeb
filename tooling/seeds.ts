// The one way tools and tests read a seeds folder: exactly as the build does (src/integrations/seeds).
import path from 'node:path';
import { loadSeeds, type LoadedSeed } from '../src/integrations/seeds/load-seeds.ts';
import type { Document } from '../src/model/refworld/schema.ts';
import { ROOT, SEEDS_DIR } from './paths.ts';

/** The seeds of a folder (default: those of the site under test), parsed, with their paths from the root. */
export function seedsIn(seedsDir: string = SEEDS_DIR): Promise<LoadedSeed[]> {
  return loadSeeds(path.resolve(ROOT, seedsDir), ROOT);
}

/** The documents of a seeds folder (default: those of the site under test), in name order. */
export async function documentsIn(seedsDir: string = SEEDS_DIR): Promise<Document[]> {
  return (await seedsIn(seedsDir)).map((seed) => seed.document);
}
