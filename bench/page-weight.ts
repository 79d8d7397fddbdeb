// Page weight: the long (160-sentence) export built alone, each section page's raw HTML and first-visit gzip
// (HTML plus the CSS and JS it loads before interaction, tooling/first-visit.ts); and the shipped seed's
// pages against their weight when this bench was written (bench/seed-weight-baseline.json).
import { cp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { distUrl, isSectionPage } from '../src/publish/paths.ts';
import { ROOT } from '../tooling/paths.ts';
import { htmlPages } from '../tooling/dist.ts';
import { firstVisit } from '../tooling/first-visit.ts';
import { buildThisSite } from './sites.ts';
import { writeLongExport } from './synthetic-exports.ts';

const BASELINE = path.join(ROOT, 'bench', 'seed-weight-baseline.json');

/** One page's weight. */
export interface PageWeight {
  page: string;
  rawBytes: number;
  firstVisitGzip: number;
}

/** The baseline file: the seed's page weights at a known commit. */
interface Baseline {
  measuredAt: string;
  pages: Record<string, { rawBytes: number; firstVisitGzip: number }>;
}

/** Weights of the pages of the site built in `dist` whose path matches `keep`. */
async function weights(dist: string, keep: (page: string) => boolean): Promise<PageWeight[]> {
  const result: PageWeight[] = [];
  for (const page of (await htmlPages(dist)).filter(keep)) {
    const rawBytes = (await stat(path.join(dist, page))).size;
    result.push({ page, rawBytes, firstVisitGzip: (await firstVisit(page, dist)).totalGzip });
  }
  return result;
}

/** Builds the long export alone in `.output/bench-long/` and weighs its section pages. */
export async function longExportWeights(): Promise<PageWeight[]> {
  const base = path.join(ROOT, '.output', 'bench-long');
  await writeLongExport(path.join(base, 'seeds'));
  await buildThisSite(base);
  // Section pages only: the findings table and the timeline list the whole document, by design.
  return weights(path.join(base, 'dist'), (page) => isSectionPage(distUrl(page)));
}

/** A seed page's weight now beside its baseline (undefined for a page the baseline lacks). */
export interface SeedWeight extends PageWeight {
  baseline: PageWeight | undefined;
}

/**
 * Builds the shipped seeds/ in `.output/bench-seed/` and weighs every page against the baseline, which holds
 * the weights of the day the target was set ("stay at or under today's weight").
 */
export async function seedWeights(): Promise<{ measuredAt: string; pages: SeedWeight[] }> {
  const base = path.join(ROOT, '.output', 'bench-seed');
  await rm(path.join(base, 'seeds'), { recursive: true, force: true });
  await mkdir(base, { recursive: true });
  await cp(path.join(ROOT, 'seeds'), path.join(base, 'seeds'), { recursive: true });
  await buildThisSite(base);
  const now = await weights(path.join(base, 'dist'), () => true);
  const baseline = JSON.parse(await readFile(BASELINE, 'utf8')) as Baseline;
  return {
    measuredAt: baseline.measuredAt,
    pages: now.map((w) => {
      const before = baseline.pages[w.page];
      return { ...w, baseline: before && { page: w.page, ...before } };
    }),
  };
}
