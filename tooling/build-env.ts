// The one recipe for the environment of a build: which seeds and redirects it reads, and where under
// .output/<name>/ it writes. The site reads these variables in src/site.config.ts and src/redirects.ts.
import path from 'node:path';
import { ROOT } from './paths.ts';

/** A build of the site of its own: a name for its folder under .output/, and what it is built from. */
export interface SiteBuild {
  /** The folder `.output/<name>/` that holds its output. */
  name: string;
  /** The seeds folder, relative to the project root or absolute. */
  seedsDir: string;
  /** A JSON file of extra entries for src/redirects.ts, if any. */
  redirects?: string;
}

/** The folders a named build writes, absolute. */
export interface BuildFolders {
  base: string;
  dist: string;
  generated: string;
  cache: string;
}

/** Where the build named `name` writes: `.output/<name>/{dist,generated,cache}`. */
export function buildFolders(name: string): BuildFolders {
  const base = path.join(ROOT, '.output', name);
  return {
    base,
    dist: path.join(base, 'dist'),
    generated: path.join(base, 'generated'),
    cache: path.join(base, 'cache'),
  };
}

/** The `TIP_*` variables of a build, which also tell the dist checks which site and seeds they read. */
export function buildEnv(build: SiteBuild): Record<string, string> {
  // Output folders stay relative to the root, as the build prints them; seeds and redirects may be anywhere.
  const base = `.output/${build.name}`;
  return {
    TIP_SEEDS_DIR: path.resolve(ROOT, build.seedsDir),
    TIP_GENERATED_DIR: `${base}/generated`,
    TIP_OUT_DIR: `${base}/dist`,
    TIP_CACHE_DIR: `${base}/cache`,
    ...(build.redirects === undefined ? {} : { TIP_REDIRECTS: path.resolve(ROOT, build.redirects) }),
  };
}

/**
 * The environment of a child process of the project (a build, a nested test run): the caller's, minus what
 * Vitest adds, with the project's pinned node first on PATH, no colours, and `overrides` (undefined unsets).
 */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const vitestOnly =
      key.startsWith('VITEST') ||
      ['NODE_ENV', 'TEST', 'SSR', 'MODE', 'BASE_URL', 'DEV', 'PROD'].includes(key);
    if (!vitestOnly && value !== undefined) env[key] = value;
  }
  env['PATH'] = [path.join(ROOT, 'node_modules', '.bin'), process.env['PATH'] ?? ''].join(path.delimiter);
  Object.assign(env, { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' });
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}
