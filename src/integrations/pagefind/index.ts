import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGEFIND_DIR, SECTION_PAGES_GLOB } from '../../lib/urls.ts';
import { buildIndex } from './build-index.ts';

/** Options of the Pagefind integration. */
export interface PagefindOptions {
  /**
   * HTML files to index, relative to the build output. Defaults to the section
   * pages, where every finding lives once; overview, full text and source
   * pages repeat or describe them, so a match there could not link to a finding.
   */
  glob?: string;
  /** Bundle folder inside the build output, served at `/<bundleDir>/`. */
  bundleDir?: string;
}

/**
 * Builds the Pagefind index at the end of `astro build`, from the pages in the
 * output folder, and writes the search bundle next to them. A Pagefind error
 * fails the build.
 */
export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
  const glob = options.glob ?? SECTION_PAGES_GLOB;
  const bundleDir = options.bundleDir ?? PAGEFIND_DIR;
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const { pageCount } = await buildIndex({
          siteDir,
          glob,
          outputPath: path.join(siteDir, bundleDir),
        });
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${pageCount} pages matching ${glob} into /${bundleDir}/ in ${ms} ms`);
      },
    },
  };
}
