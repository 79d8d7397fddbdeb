import type { AstroIntegration } from 'astro';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  besideTheBuild,
  documentHeadsOf,
  generatedDocuments,
  type DocumentHead,
} from '../generated-documents.ts';
import { cardCache } from './card-cache.ts';
import { cardJobs, fillCardCache, type CardsMade } from './make-cards.ts';

/** Options of the social card integration. */
export interface CardsOptions {
  /** Folder for cards kept between builds (under Astro's cache dir). */
  cacheDir: string;
  /** The site's name, shown on every card. */
  siteName: string;
  /** The generated document models (`<slug>.json`), written before the build: what to make cards for. */
  documentsDir?: string;
}

/** The head of every document in the built site, from each `/<doc>/assessment.json`. */
async function builtDocuments(siteDir: string): Promise<DocumentHead[]> {
  const dirs = (await readdir(siteDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  return documentHeadsOf(dirs.sort().map((name) => path.join(siteDir, name, 'assessment.json')));
}

/**
 * One social card image per document, `/<doc>/card.png`, and one per page of the archive (home,
 * countries, search, each country and year, beside its page), made with satori and resvg the first
 * time, then taken from the cache until the document's source, the card's words or the template change. The cards of the generated
 * documents are drawn in a worker thread from the start of the build, beside Vite and page rendering;
 * after the build each built document's card is copied from the cache (any the worker did not draw are
 * drawn then). The log says how many were made and reused, the time per card made, and how long the end
 * of the build waited for them.
 */
export default function cards({ cacheDir, siteName, documentsDir }: CardsOptions): AstroIntegration {
  let beside: Promise<CardsMade> | undefined;
  return {
    name: 'cards',
    hooks: {
      'astro:build:start': () => {
        if (documentsDir === undefined) return;
        beside = generatedDocuments(documentsDir).then((docs) =>
          besideTheBuild<CardsMade>(new URL('./card-worker.ts', import.meta.url), {
            jobs: cardJobs(docs, siteName),
            cacheDir,
          }),
        );
        // Awaited in astro:build:done; until then a failure must not be an unhandled rejection.
        beside.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const waitStarted = performance.now();
        const early = await (beside ?? { made: 0, reused: 0, ms: 0 });
        const waited = performance.now() - waitStarted;
        const jobs = cardJobs(await builtDocuments(siteDir), siteName);
        const late = await fillCardCache(jobs, cacheDir);
        const cache = cardCache(cacheDir);
        for (const job of jobs) {
          const png = await cache.get(job.key);
          if (!png) throw new Error(`social card ${job.path}: not in the cache after it was made`);
          const file = path.join(siteDir, job.path);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, png);
        }
        const made = early.made + late.made;
        const ms = early.ms + late.ms;
        const each = made > 0 ? `, ${Math.round(ms / made)} ms per card made` : '';
        const wait = beside
          ? `; ${early.made} drawn beside the build, which waited ${Math.round(waited)} ms for them`
          : '';
        logger.info(`social cards: ${made} made, ${jobs.length - made} reused${each}${wait}`);
      },
    },
  };
}
