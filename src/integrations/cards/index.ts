import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MetadataSchema, type Metadata } from '../../lib/refworld/schema.ts';
import { cardPath } from '../../lib/urls.ts';
import { Worker } from 'node:worker_threads';
import { cardCache, cardKey } from './card-cache.ts';
import { cardText } from './card-template.ts';
import { fillCardCache, type CardsMade } from './make-cards.ts';

/** Options of the social card integration. */
export interface CardsOptions {
  /** Folder for cards kept between builds (under Astro's cache dir). */
  cacheDir: string;
  /** The site's name, shown on every card. */
  siteName: string;
  /** The generated document models (`<slug>.json`), written before the build: what to make cards for. */
  documentsDir?: string;
}

/** The metadata of each JSON file given, in order, checked against the schema. */
async function metadataOf(files: string[]): Promise<Metadata[]> {
  const docs: Metadata[] = [];
  for (const file of files) {
    const json = await readFile(file, 'utf8').catch(() => undefined);
    if (json === undefined) continue;
    const meta = MetadataSchema.safeParse((JSON.parse(json) as { meta?: unknown }).meta);
    if (!meta.success) throw new Error(`${file}: its meta does not match the schema`, { cause: meta.error });
    docs.push(meta.data);
  }
  return docs;
}

/** The metadata of every document in the built site, from each `/<doc>/assessment.json`. */
async function builtDocuments(siteDir: string): Promise<Metadata[]> {
  const dirs = (await readdir(siteDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  return metadataOf(dirs.sort().map((name) => path.join(siteDir, name, 'assessment.json')));
}

/** The metadata of every generated document model. */
async function generatedDocuments(documentsDir: string): Promise<Metadata[]> {
  const files = (await readdir(documentsDir).catch(() => [])).filter((f) => f.endsWith('.json'));
  return metadataOf(files.sort().map((name) => path.join(documentsDir, name)));
}

/** Fills the card cache in a worker thread, so that drawing the cards runs beside the build, on another core. */
function fillInWorker(metas: Metadata[], cacheDir: string, siteName: string): Promise<CardsMade> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url), {
      workerData: { metas, cacheDir, siteName },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the social card worker stopped with exit code ${code}`));
    });
  });
}

/**
 * One social card image per document, `/<doc>/card.png`, made with satori and resvg the first time, then
 * taken from the cache until the document's source or the template changes. The cards of the generated
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
        beside = generatedDocuments(documentsDir).then((metas) => fillInWorker(metas, cacheDir, siteName));
        // Awaited in astro:build:done; until then a failure must not be an unhandled rejection.
        beside.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const waitStarted = performance.now();
        const early = await (beside ?? { made: 0, reused: 0, ms: 0 });
        const waited = performance.now() - waitStarted;
        const docs = await builtDocuments(siteDir);
        const late = await fillCardCache(docs, cacheDir, siteName);
        const cache = cardCache(cacheDir);
        for (const meta of docs) {
          const png = await cache.get(cardKey(meta.sourceSha256, cardText(meta, siteName)));
          if (!png) throw new Error(`social card of ${meta.slug}: not in the cache after it was made`);
          await writeFile(path.join(siteDir, cardPath(meta.slug)), png);
        }
        const made = early.made + late.made;
        const ms = early.ms + late.ms;
        const each = made > 0 ? `, ${Math.round(ms / made)} ms per card made` : '';
        const wait = beside
          ? `; ${early.made} drawn beside the build, which waited ${Math.round(waited)} ms for them`
          : '';
        logger.info(`social cards: ${made} made, ${docs.length - made} reused${each}${wait}`);
      },
    },
  };
}
