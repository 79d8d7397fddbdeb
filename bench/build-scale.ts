// `npm run bench:build [-- --quick | N…]`: build cost of this site against a minimal Starlight site, from the
// same synthetic exports, for N = 1, 100 and 1000 (`--quick`: 1 and 100). `-- --archive …`: the realistic
// archive instead (bench/archive-bench.ts). Each N is built cold by both sites
// in turn; then the long export's page weight, the shipped seed's pages, and search on the largest build.
// Prints the figures and the targets met or missed, writes bench/RESULTS.md and bench/build-scale.svg.
// A measurement, not a test: it fails only if a build fails.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../tooling/paths.ts';
import { archiveBench } from './archive-bench.ts';
import { archiveBlockOf } from './archive-report.ts';
import { parseBuildLog } from './build-log.ts';
import { writeChart } from './chart.ts';
import { ensureInstalled } from './install.ts';
import { longExportWeights, seedWeights } from './page-weight.ts';
import {
  phaseTable,
  resultsMarkdown,
  scaleTable,
  sizeTable,
  targetLines,
  weightAndSearch,
  type ScaleRow,
} from './report.ts';
import { measureSearchScale } from './search-scale.ts';
import { buildStarlight, buildThisSite, scaleDir, siteSizes } from './sites.ts';
import { STARLIGHT_MAPPING } from './starlight-content.ts';
import { writeExports } from './synthetic-exports.ts';

const USAGE = 'usage: npm run bench:build -- [--quick | N…] (N whole numbers 1 to 9999; default 1 100 1000)';

/**
 * The Ns to build from the command line: none → 1 100 1000, `--quick` → 1 100, else the numbers given.
 * @throws Error with the usage line for anything else
 */
export function parseArgs(args: readonly string[]): number[] {
  if (args.length === 0) return [1, 100, 1000];
  if (args.length === 1 && args[0] === '--quick') return [1, 100];
  const ns = args.map((a) => (/^\d+$/.test(a) ? Number(a) : NaN));
  if (ns.some((n) => !Number.isInteger(n) || n < 1 || n > 9999))
    throw new Error(`${USAGE}, got: ${args.join(' ')}`);
  return [...new Set(ns)].sort((a, b) => a - b);
}

/** Builds N exports with both sites, cold, the first site alternating from one N to the next. */
async function benchScale(n: number, index: number): Promise<ScaleRow> {
  const base = scaleDir(n);
  const { long } = await writeExports(path.join(base, 'seeds'), n);
  const oursFirst = index % 2 === 0;
  const first = oursFirst ? await buildThisSite(base) : await buildStarlight(base);
  const second = oursFirst ? await buildStarlight(base) : await buildThisSite(base);
  const [ours, starlight] = oursFirst ? [first, second] : [second, first];
  const log = async (name: string): Promise<string> => readFile(path.join(base, name), 'utf8');
  return {
    documents: n,
    long,
    ours,
    starlight,
    oursLog: parseBuildLog(await log('build.log')),
    starlightLog: parseBuildLog(await log('starlight-build.log')),
    sizes: await siteSizes(base, await log('build.log')),
  };
}

async function main(args: readonly string[]): Promise<void> {
  const scales = parseArgs(args);
  await ensureInstalled('bench/starlight');
  const rows: ScaleRow[] = [];
  for (const [i, n] of scales.entries()) {
    console.log(`N = ${n}: building both sites…`);
    rows.push(await benchScale(n, i));
  }
  console.log(`\n${scaleTable(rows)}\n\n${phaseTable(rows)}\n\n${sizeTable(rows)}\n`);
  console.log('Page weight: the 160-sentence export alone, and the shipped seed…');
  const longPages = await longExportWeights();
  const seed = await seedWeights();
  const largest = scales.at(-1) ?? 1;
  console.log(`Search on the N = ${largest} build…`);
  const search = {
    documents: largest,
    result: await measureSearchScale(path.join(scaleDir(largest), 'dist')),
  };
  const run = { rows, longPages, seed, search, mapping: STARLIGHT_MAPPING };
  console.log(`\n${weightAndSearch(run)}\nTargets:\n${targetLines(run).join('\n')}`);
  const command = `npm run bench:build${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`;
  const results = path.join(ROOT, 'bench', 'RESULTS.md');
  // The realistic archive's block is written by its own run: keep it.
  const archive = archiveBlockOf(await readFile(results, 'utf8').catch(() => ''));
  await writeFile(results, resultsMarkdown(run, command) + (archive ? `\n${archive}\n` : ''));
  await writeChart(
    rows.flatMap((r) =>
      (
        [
          ['this site', r.ours],
          ['Starlight', r.starlight],
        ] as const
      ).map(([site, c]) => ({
        documents: r.documents,
        site,
        buildSeconds: c.wallSeconds,
        peakMiB: c.peakRssBytes / 1024 ** 2,
      })),
    ),
    path.join(ROOT, 'bench', 'build-scale.svg'),
  );
  console.log('\nWrote bench/RESULTS.md and bench/build-scale.svg.');
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  await (args[0] === '--archive' ? archiveBench(args.slice(1)) : main(args)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
