// Astro's own timings, read from a build's log: the time of each phase and the render time of every page.
import { distUrl, documentPageOf, isSectionPage, SITE_PATHS } from '../src/publish/paths.ts';

/** The kinds of page a render time is grouped by. */
export type PageKind = 'section' | 'overview' | 'full text' | 'source' | 'listing' | 'other';

/** What the log says about one build. */
export interface BuildLog {
  /** Phases in build order, with the seconds Astro printed for them. */
  phases: { name: string; seconds: number }[];
  /** Render milliseconds of each page, by kind. */
  renderMs: Map<PageKind, number[]>;
}

/** The kind of the page built at `route` (`/china-2010/summary/index.html`). */
export function pageKind(route: string): PageKind {
  const url = distUrl(route.replace(/^\//, ''));
  if (url === SITE_PATHS.home || url === SITE_PATHS.search || url === SITE_PATHS.notFound) return 'listing';
  if (isSectionPage(url)) return 'section';
  const part = documentPageOf(url)?.part;
  if (part === undefined) return documentPageOf(url) ? 'overview' : 'other';
  return part === 'full-text' ? 'full text' : part === 'source' ? 'source' : 'other';
}

/** Seconds of a duration as Astro prints it: `266ms`, `19.54s`, `4m 29s`. */
export function seconds(text: string): number {
  const match = /^(?:(\d+)m\s+)?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!match) return NaN;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) / (match[3] === 'ms' ? 1000 : 1);
}

const DURATION = '((?:\\d+m\\s+)?[\\d.]+m?s)';
const TYPES = new RegExp(`\\[types\\] Generated ${DURATION}`);
const VITE = new RegExp(`\\[vite\\] ✓ built in ${DURATION}`);
const PAGE = new RegExp(`[├└]─ (\\S+) \\(\\+${DURATION}\\)`);
const DONE = new RegExp(`✓ Completed in ${DURATION}`);
const PAGEFIND = new RegExp(`pagefind\\].* in (?:(\\d+) ms|${DURATION}\\.)`);

/** Reads phases and page render times from an `astro build` log (this site's or Starlight's). */
export function parseBuildLog(log: string): BuildLog {
  const phases: BuildLog['phases'] = [];
  const renderMs = new Map<PageKind, number[]>();
  let rendering = false;
  const add = (name: string, text: string | undefined): void => {
    if (text !== undefined) phases.push({ name, seconds: seconds(text) });
  };
  for (const line of log.split('\n')) {
    add('content sync and types', TYPES.exec(line)?.[1]);
    add('bundling (Vite, MDX compiled)', VITE.exec(line)?.[1]);
    if (line.includes('generating static routes')) rendering = true;
    const page = PAGE.exec(line);
    if (page?.[1] && page[2]) {
      const kind = pageKind(page[1]);
      renderMs.set(kind, [...(renderMs.get(kind) ?? []), seconds(page[2]) * 1000]);
    }
    const done = DONE.exec(line);
    if (rendering && done && !line.includes('[build]')) {
      add('page rendering', done[1]);
      rendering = false;
    }
    const pagefind = PAGEFIND.exec(line);
    if (pagefind)
      phases.push({
        name: 'Pagefind',
        seconds: pagefind[1] ? Number(pagefind[1]) / 1000 : seconds(pagefind[2] ?? ''),
      });
  }
  return { phases, renderMs };
}

/** The median of `values` (NaN when empty). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Mean of `values` (NaN when empty). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}
