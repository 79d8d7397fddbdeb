import { cardCache, cardKey } from './card-cache.ts';
import { cardText } from './card-template.ts';
import { renderCard } from './render-card.ts';
import type { Metadata } from '../../lib/refworld/schema.ts';

/** What making the cards of a set of documents did. */
export interface CardsMade {
  made: number;
  reused: number;
  /** Milliseconds spent making the new ones. */
  ms: number;
}

/**
 * Puts the card of every document in the cache, making only those it lacks: the work that the cards
 * integration runs beside the build, in a worker thread (card-worker.ts).
 */
export async function fillCardCache(
  metas: readonly Metadata[],
  cacheDir: string,
  siteName: string,
): Promise<CardsMade> {
  const cache = cardCache(cacheDir);
  const started = performance.now();
  let made = 0;
  for (const meta of metas) {
    const text = cardText(meta, siteName);
    const key = cardKey(meta.sourceSha256, text);
    if (await cache.has(key)) continue;
    await cache.put(key, await renderCard(text));
    made += 1;
  }
  return { made, reused: metas.length - made, ms: performance.now() - started };
}
