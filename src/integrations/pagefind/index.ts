import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGEFIND_DIR, sectionPagesGlob } from '../../publish/urls.ts';
import { buildIndex } from './build-index.ts';
import { contentType, indexServedPages, type Bundle } from './dev-index.ts';
import { sectionPagePaths } from './section-pages.ts';

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
  /** The seeds folder, relative to the project root: in `astro dev`, its section pages are indexed. */
  seedsDir?: string;
}

/** Milliseconds to let the seeds integration regenerate content after a seed changes, before indexing again. */
const SETTLE_MS = 1500;
/** Attempts at indexing after a change before the dev server reports the error. */
const RETRIES = 10;

/**
 * Builds the Pagefind index at the end of `astro build`, from the pages in the
 * output folder, and writes the search bundle next to them. A Pagefind error
 * fails the build. In `astro dev`, serves /<bundleDir>/ from an index built in
 * memory from the section pages the dev server renders for the current seeds,
 * built again whenever a seed changes; a request waits for the index of the
 * current seeds, so search never answers from old ones.
 */
export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
  const glob = options.glob ?? sectionPagesGlob();
  const bundleDir = options.bundleDir ?? PAGEFIND_DIR;
  let bundle: Promise<Bundle> | undefined;
  let root = '';
  let origin = '';
  let logger: AstroIntegrationLogger | undefined;

  /** Indexes the dev server's section pages, after `delay` ms; requests to /<bundleDir>/ wait for it. */
  function reindex(delay: number): void {
    bundle = (async () => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      const started = performance.now();
      const seedsDir = path.resolve(root, options.seedsDir ?? 'seeds');
      // A changed seed's pages render only once the content has been regenerated: try again meanwhile.
      for (let attempt = 1; ; attempt++) {
        try {
          const paths = await sectionPagePaths(seedsDir, root);
          const built = await indexServedPages(origin, paths);
          const ms = Math.round(performance.now() - started);
          logger?.info(`dev search: indexed ${paths.length} section pages of the current seeds in ${ms} ms`);
          return built;
        } catch (error) {
          if (attempt >= RETRIES) throw error;
          await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        }
      }
    })();
    bundle.catch((error: unknown) => logger?.error(`dev search: ${String(error)}`));
  }

  return {
    name: 'pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger: log }) => {
        logger = log;
        const prefix = `/${bundleDir}/`;
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix) || !bundle) return next();
          bundle
            .then((files) => {
              const file = files.get(decodeURIComponent(url.slice(prefix.length)));
              if (!file) return next();
              res.setHeader('Content-Type', contentType(url));
              res.setHeader('Cache-Control', 'no-store');
              res.end(file);
            })
            .catch(() => {
              res.statusCode = 503;
              res.end('The search index could not be built: see the dev server log.');
            });
        });
        const seedsDir = path.resolve(root, options.seedsDir ?? 'seeds');
        server.watcher.on('all', (_event, file) => {
          // Until the new index is built, requests wait for it rather than get the old one.
          if (file.startsWith(seedsDir) && origin !== '') reindex(SETTLE_MS);
        });
      },
      'astro:server:start': ({ address }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        origin = `http://${host}:${address.port}`;
        reindex(0);
      },
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
