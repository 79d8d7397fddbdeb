// The two sites the bench builds from the same exports, each cold: caches, generated content and output cleared.
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../tooling/paths.ts';
import { filesIn } from '../tooling/dist.ts';
import { CONTROL_DIR, writeControlContent } from './control-content.ts';
import { measureBuild, type BuildCost } from './measure-build.ts';
import { STARLIGHT_DIR, writeStarlightContent } from './starlight-content.ts';

/** Where a scale's exports, outputs and logs go: `.output/scale-<n>/`. */
export const scaleDir = (n: number): string => path.join(ROOT, '.output', `scale-${n}`);

/** How to run one build of this site. */
export interface BuildOptions {
  /** Extra Node flags for the build process (a profile). */
  flags?: string[];
  /** The log's file name in the scale's folder; `build.log` unless given. */
  log?: string;
  /** Stops the build once its process tree passes this many bytes. */
  maxTreeBytes?: number;
}

/**
 * Builds this site cold from the exports in `<base>/seeds` into `<base>/dist`.
 * @param flags extra Node flags for the build process (a profile)
 */
export async function buildThisSite(
  base: string,
  flags: string[] = [],
  options: BuildOptions = {},
): Promise<BuildCost> {
  for (const dir of ['generated', 'dist', 'cache'])
    await rm(path.join(base, dir), { recursive: true, force: true });
  await rm(path.join(ROOT, '.astro'), { recursive: true, force: true });
  return rebuildThisSite(base, { ...options, flags });
}

/**
 * Builds this site from the exports in `<base>/seeds` into `<base>/dist`, keeping what an earlier build left
 * (generated content, caches, output): a rebuild after the exports changed.
 */
export async function rebuildThisSite(base: string, options: BuildOptions = {}): Promise<BuildCost> {
  return measureBuild({
    cwd: ROOT,
    outDir: path.join(base, 'dist'),
    log: path.join(base, options.log ?? 'build.log'),
    nodeFlags: options.flags ?? [],
    ...(options.maxTreeBytes === undefined ? {} : { maxTreeBytes: options.maxTreeBytes }),
    env: {
      TIP_SEEDS_DIR: path.join(base, 'seeds'),
      TIP_GENERATED_DIR: path.join(base, 'generated'),
      TIP_OUT_DIR: path.join(base, 'dist'),
      TIP_CACHE_DIR: path.join(base, 'cache'),
    },
  });
}

/** Builds the Starlight site cold from the exports in `<base>/seeds` into `<base>/starlight-dist`. */
export async function buildStarlight(base: string): Promise<BuildCost> {
  await writeStarlightContent(path.join(base, 'seeds'));
  const outDir = path.join(base, 'starlight-dist');
  for (const dir of [
    outDir,
    path.join(STARLIGHT_DIR, '.astro'),
    path.join(STARLIGHT_DIR, 'node_modules', '.astro'),
  ])
    await rm(dir, { recursive: true, force: true });
  return measureBuild({
    cwd: STARLIGHT_DIR,
    outDir,
    log: path.join(base, 'starlight-build.log'),
    env: { BENCH_OUT_DIR: outDir },
  });
}

/**
 * Builds the plain Astro-and-Markdown control site cold from the exports in `<base>/seeds` into
 * `<base>/control-dist`.
 */
export async function buildControl(base: string): Promise<BuildCost> {
  await writeControlContent(path.join(base, 'seeds'));
  const outDir = path.join(base, 'control-dist');
  for (const dir of [
    outDir,
    path.join(CONTROL_DIR, '.astro'),
    path.join(CONTROL_DIR, 'node_modules', '.astro'),
  ])
    await rm(dir, { recursive: true, force: true });
  return measureBuild({
    cwd: CONTROL_DIR,
    outDir,
    log: path.join(base, 'control-build.log'),
    env: { BENCH_OUT_DIR: outDir },
  });
}

/** The size of a built site: its bytes and files. */
export async function distStats(dir: string): Promise<{ bytes: number; files: number }> {
  const files = await filesIn(dir);
  let bytes = 0;
  for (const file of files) bytes += (await stat(path.join(dir, file))).size;
  return { bytes, files: files.length };
}

/** Sizes in this site's build that the README used to quote: output, index, and the pages that list documents. */
export interface SiteSizes {
  distBytes: number;
  pagefindBytes: number;
  /** The Pagefind step as the build log reports it. */
  pagefindSeconds: number | undefined;
  /** The largest page other than home, 404 and search, which list every document by design. */
  largest: { file: string; bytes: number };
  home: number;
  notFound: number;
  search: number;
}

/** Measures the sizes of this site's build in `<base>/dist`. */
export async function siteSizes(base: string, log: string): Promise<SiteSizes> {
  const dist = path.join(base, 'dist');
  const sizes = new Map<string, number>();
  for (const file of await filesIn(dist)) sizes.set(file, (await stat(path.join(dist, file))).size);
  const listing = ['index.html', '404.html', 'search/index.html'];
  let largest = { file: '', bytes: 0 };
  for (const [file, bytes] of sizes) {
    if (file.endsWith('.html') && !listing.includes(file) && bytes > largest.bytes) largest = { file, bytes };
  }
  const sum = (keep: (file: string) => boolean): number =>
    [...sizes].reduce((total, [file, bytes]) => total + (keep(file) ? bytes : 0), 0);
  const indexed = /indexed \d+ pages .* in (\d+) ms/.exec(log);
  return {
    distBytes: sum(() => true),
    pagefindBytes: sum((f) => f.startsWith('pagefind/')),
    pagefindSeconds: indexed ? Number(indexed[1]) / 1000 : undefined,
    largest,
    home: sizes.get('index.html') ?? 0,
    notFound: sizes.get('404.html') ?? 0,
    search: sizes.get('search/index.html') ?? 0,
  };
}
