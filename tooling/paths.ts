// Where the project and the site under test are: one place for the folders every tool and test reads.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PATHS } from '../src/site.config.ts';

/** The project root (the folder holding package.json). */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The built site under test: `TIP_OUT_DIR` when set (a build of one's own), else `dist/`. */
export const DIST = path.resolve(ROOT, PATHS.outDir);

/** The seeds the site under test was built from: `TIP_SEEDS_DIR` when set, else `seeds/`. */
export const SEEDS_DIR = path.resolve(ROOT, PATHS.seeds);

/** The one real export the project ships, which fixtures copy or vary. */
export const SHIPPED_SEED = path.join(ROOT, 'seeds', 'china-2010-tip-interim-assessment.txt');
