// bench/build-scale.svg: build time and peak memory against N for both sites, a Vega-Lite spec compiled and
// rendered to SVG in Node by vega-lite and vega, installed in bench/chart/ on first use.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../tests/support/build-site.ts';
import { ensureInstalled } from './install.ts';

/** One point of the chart. */
export interface ChartPoint {
  documents: number;
  site: string;
  buildSeconds: number;
  peakMiB: number;
}

/** The parts of vega-lite and vega this module uses (they are not the project's dependencies). */
interface VegaLite {
  compile(spec: object): { spec: object };
}
interface Vega {
  parse(spec: object): unknown;
  View: new (runtime: unknown, options: { renderer: 'none' }) => { toSVG(): Promise<string> };
}

/** The Vega-Lite spec: two panels side by side, N on a log axis, one line per site. */
export function chartSpec(points: readonly ChartPoint[]): object {
  const panel = (field: keyof ChartPoint, title: string): object => ({
    width: 320,
    height: 220,
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'documents', type: 'quantitative', scale: { type: 'log' }, title: 'documents (N)' },
      y: { field, type: 'quantitative', title },
      color: { field: 'site', type: 'nominal', title: null },
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Cold astro build of N synthetic exports',
    data: { values: points },
    hconcat: [panel('buildSeconds', 'build time (s, wall)'), panel('peakMiB', 'peak memory (MiB RSS)')],
    config: { font: 'sans-serif', legend: { orient: 'bottom' } },
  };
}

/** Renders the chart of `points` to `file` as SVG. */
export async function writeChart(points: readonly ChartPoint[], file: string): Promise<void> {
  await ensureInstalled('bench/chart');
  const require = createRequire(path.join(ROOT, 'bench', 'chart', 'package.json'));
  const vegaLite = (await import(require.resolve('vega-lite'))) as VegaLite;
  const vega = (await import(require.resolve('vega'))) as Vega;
  const view = new vega.View(vega.parse(vegaLite.compile(chartSpec(points)).spec), { renderer: 'none' });
  await writeFile(file, await view.toSVG());
}
