import { cardPath } from '../../publish/paths.ts';
import type { DocumentHead } from '../generated-documents.ts';
import { cardCache, cardKey } from './card-cache.ts';
import { cardText, type CardText } from '../../publish/card-template.ts';
import { pageCards } from './page-cards.ts';
import { renderCard } from './render-card.ts';

/** What making the cards of a set of documents did. */
export interface CardsMade {
  made: number;
  reused: number;
  /** Milliseconds spent making the new ones. */
  ms: number;
}

/** One card to have: its path in the site, its cache key and its words. */
export interface CardJob {
  path: string;
  key: string;
  text: CardText;
}

/**
 * Every card of a site of these documents: one per document (keyed by its source, so an unchanged seed
 * reuses it), and one per page of the archive (home, countries, search, each country and year; keyed by
 * its words alone).
 */
export function cardJobs(docs: readonly DocumentHead[], siteName: string): CardJob[] {
  return [
    ...docs.map((doc) => {
      const text = cardText(doc, siteName);
      return { path: cardPath(doc.meta.slug), key: cardKey(doc.meta.sourceSha256, text), text };
    }),
    ...pageCards(docs, siteName).map(({ path, text }) => ({ path, key: cardKey('', text), text })),
  ];
}

/**
 * Puts every card in the cache, making only those it lacks: the work that the cards integration runs
 * beside the build, in a worker thread (card-worker.ts).
 */
export async function fillCardCache(jobs: readonly CardJob[], cacheDir: string): Promise<CardsMade> {
  const cache = cardCache(cacheDir);
  const started = performance.now();
  let made = 0;
  for (const { key, text } of jobs) {
    if (await cache.has(key)) continue;
    await cache.put(key, await renderCard(text));
    made += 1;
  }
  return { made, reused: jobs.length - made, ms: performance.now() - started };
}
