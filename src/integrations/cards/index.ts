import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MetadataSchema, type Metadata } from '../../lib/refworld/schema.ts';
import { cardPath } from '../../lib/urls.ts';
import { cardCache, cardKey } from './card-cache.ts';
import { cardText } from './card-template.ts';
import { renderCard } from './render-card.ts';

/** Options of the social card integration. */
export interface CardsOptions {
  /** Folder for cards kept between builds (under Astro's cache dir). */
  cacheDir: string;
  /** The site's name, shown on every card. */
  siteName: string;
}

/** The metadata of every document in the built site, from each `/<doc>/assessment.json`. */
async function builtDocuments(siteDir: string): Promise<Metadata[]> {
  const docs: Metadata[] = [];
  for (const entry of (await readdir(siteDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .sort()) {
    const file = path.join(siteDir, entry.name, 'assessment.json');
    const json = await readFile(file, 'utf8').catch(() => undefined);
    if (json === undefined) continue;
    const meta = MetadataSchema.safeParse((JSON.parse(json) as { meta?: unknown }).meta);
    if (!meta.success) throw new Error(`${file}: its meta does not match the schema`, { cause: meta.error });
    docs.push(meta.data);
  }
  return docs;
}

/**
 * One social card image per document, `/<doc>/card.png`, written after the build: made with satori and
 * resvg the first time, then taken from the cache until the document's source or the template changes.
 * The log says how many were made and reused, and the time per card made.
 */
export default function cards({ cacheDir, siteName }: CardsOptions): AstroIntegration {
  return {
    name: 'cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const cache = cardCache(cacheDir);
        const started = performance.now();
        let made = 0;
        let reused = 0;
        for (const meta of await builtDocuments(siteDir)) {
          const text = cardText(meta, siteName);
          const key = cardKey(meta.sourceSha256, text);
          let png = await cache.get(key);
          if (png) reused += 1;
          else {
            png = await renderCard(text);
            await cache.put(key, png);
            made += 1;
          }
          await writeFile(path.join(siteDir, cardPath(meta.slug)), png);
        }
        const ms = performance.now() - started;
        const each = made > 0 ? `, ${Math.round(ms / made)} ms per card made` : '';
        logger.info(`social cards: ${made} made, ${reused} reused in ${Math.round(ms)} ms${each}`);
      },
    },
  };
}
