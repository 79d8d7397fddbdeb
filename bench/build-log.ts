// Astro's own timings, read from a build's log: the time of each phase and the render time of every page.
import { SECTION_KEYS } from '../src/site.config.ts';

/** The kinds of page a render time is grouped by. */
export type PageKind = 'section' | 'overview' | 'full text' | 'source' | 'listing' | 'other';

/** What the log says about one build. */
export interface BuildLog {
  /** Phases in build order, with the seconds Astro printed for them. */
  phases: { name: string; seconds: number }[];
  /** Render milliseconds of each page, by kind. */
  renderMs: Map<PageKind, number[]>;
}

const sections = SECTION_KEYS.join('|');
const KINDS: [PageKind, RegExp][] = [
  ['section', new RegExp(`^/[^/]+/(?:${sections})/index\\.html$`)],
  ['full text', /^\/[^/]+\/full-text\/index\.html$/],
  ['source', /^\/[^/]+\/source\/index\.html$/],
  ['listing', /^\/(?:index\.html|404\.html|search\/index\.html)$/],
  ['overview', /^\/[^/]+\/index\.html$/],
];

/** The kind of the page built at `route` (`/china-2010/summary/index.html`). */
export function pageKind(route: string): PageKind {
  return KINDS.find(([, pattern]) => pattern.test(route))?.[0] ?? 'other';
}

const seconds = (value: string, unit: string): number => Number(value) / (unit === 'ms' ? 1000 : 1);

/** Reads phases and page render times from an `astro build` log (this site's or Starlight's). */
export function parseBuildLog(log: string): BuildLog {
  const phases: BuildLog['phases'] = [];
  const renderMs = new Map<PageKind, number[]>();
  let rendering = false;
  for (const line of log.split('\n')) {
    const types = /\[types\] Generated ([\d.]+)(ms|s)/.exec(line);
    if (types?.[1] && types[2])
      phases.push({ name: 'content sync and types', seconds: seconds(types[1], types[2]) });
    const vite = /\[vite\] ✓ built in ([\d.]+)(ms|s)/.exec(line);
    if (vite?.[1] && vite[2])
      phases.push({ name: 'bundling (Vite, MDX compiled)', seconds: seconds(vite[1], vite[2]) });
    if (line.includes('generating static routes')) rendering = true;
    const page = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(line);
    if (page?.[1] && page[2]) {
      const kind = pageKind(page[1]);
      renderMs.set(kind, [...(renderMs.get(kind) ?? []), Number(page[2])]);
    }
    const done = /✓ Completed in ([\d.]+)(ms|s)/.exec(line);
    if (rendering && done?.[1] && done[2] && !line.includes('[build]')) {
      phases.push({ name: 'page rendering', seconds: seconds(done[1], done[2]) });
      rendering = false;
    }
    const pagefind = /pagefind\].*(?:in (\d+) ms|in ([\d.]+)(ms|s)\.)/.exec(line);
    if (pagefind) {
      const value = pagefind[1]
        ? Number(pagefind[1]) / 1000
        : seconds(pagefind[2] ?? '0', pagefind[3] ?? 's');
      phases.push({ name: 'Pagefind', seconds: value });
    }
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
