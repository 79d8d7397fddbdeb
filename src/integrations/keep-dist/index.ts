import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The output files of the pages the incremental build kept, from its manifest (astro/dist/core/build/incremental.js). */
async function keptPages(manifestFile: string): Promise<Set<string>> {
  const json = await readFile(manifestFile, 'utf8').catch(() => undefined);
  if (json === undefined) return new Set();
  const manifest = JSON.parse(json) as {
    routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
  };
  const files = new Set<string>();
  for (const route of Object.values(manifest.routes ?? {}))
    for (const entry of Object.values(route.paths ?? {}))
      if (entry.outputFile !== undefined) files.add(path.normalize(entry.outputFile));
  return files;
}

/** Removes, under `dir`, every file older than `since` that `keep` does not name, then the folders left empty. */
async function prune(dir: string, root: string, since: number, keep: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      removed += await prune(full, root, since, keep);
      if ((await readdir(full)).length === 0) await rmdir(full);
    } else if ((await stat(full)).mtimeMs < since && !keep.has(path.relative(root, full))) {
      await rm(full);
      removed += 1;
    }
  }
  return removed;
}

/**
 * Keeps `dist/` between builds (astro.config.mjs sets `vite.build.emptyOutDir: false`), so that a page whose
 * `cacheKey` is unchanged is found in place instead of being copied back from the incremental build's cache,
 * and removes after the build what this build did not write: the pages of a removed document, old asset
 * names. What stays is what a cold build writes (tests/build/incremental-rebuild.test.ts).
 * A build that stopped before the end leaves no mark, and the next one starts from an empty `dist/`, as
 * Astro would, since a page it half-wrote may not match the key of the last complete build.
 * @param cacheDir Astro's `cacheDir`, relative to the project root
 */
export default function keepDist(cacheDir: string): AstroIntegration {
  let started = 0;
  let mark = '';
  let manifest = '';
  let distDir = '';
  return {
    name: 'keep-dist',
    hooks: {
      'astro:config:done': ({ config }) => {
        const root = fileURLToPath(config.root);
        distDir = fileURLToPath(config.outDir);
        mark = path.resolve(root, cacheDir, 'dist-complete');
        manifest = path.resolve(root, cacheDir, 'incremental-build.json');
      },
      'astro:build:start': async () => {
        started = Date.now();
        // Pagefind leaves a fragment it finds already written as it is, so its folder would look stale:
        // it is written whole on every build, from nothing.
        await rm(path.join(distDir, 'pagefind'), { recursive: true, force: true });
        const complete = await rm(mark).then(
          () => true,
          () => false,
        );
        if (!complete) await rm(manifest, { force: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const removed = await prune(root, root, started, await keptPages(manifest));
        await writeFile(mark, `${new Date(started).toISOString()}\n`);
        logger.info(`removed ${removed} files of earlier builds that this build did not write`);
      },
    },
  };
}
