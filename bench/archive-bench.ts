// `npm run bench:build -- --archive [--quick | --sizes 500,full] [--from YEAR]`: writes the realistic archive
// (bench/realistic-archive.ts) at each size and builds it: this site cold, then again after one new export;
// at every size but the whole series also Starlight's default setup and a plain Astro-and-Markdown site.
// `--report` builds nothing and writes the report again from the sizes measured so far.
// This site's build is stopped if its process tree passes --max-gib (12 by default): the machine is shared.
// Prints the figures and the targets of issue 19 and writes them into bench/RESULTS.md after each size, so a
// run that stops (a build out of memory, say) keeps what it measured.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../tooling/paths.ts';
import { archiveBlock, archiveSummary, withArchiveBlock, type ArchiveRow } from './archive-report.ts';
import { CONTROL_MAPPING } from './control-content.ts';
import { ensureInstalled } from './install.ts';
import type { BuildCost } from './measure-build.ts';
import { addOneExport, totalsLines, writeArchive } from './realistic-archive.ts';
import { buildControl, buildStarlight, buildThisSite, distStats, rebuildThisSite } from './sites.ts';
import { STARLIGHT_MAPPING } from './starlight-content.ts';

const USAGE =
  'usage: npm run bench:build -- --archive [--quick | --sizes N,…,full] [--from YEAR] [--max-gib G] [--report] (N whole numbers; default --sizes 500,full; the build stopped past G GiB, default 12)';

/** Every size measured so far, kept between runs (generated, not committed). */
const ROWS = path.join(ROOT, '.output', 'archive-rows.json');
/** Sizes in order, the whole series last. */
const order = (label: string): number => (label.startsWith('full') ? Infinity : Number.parseInt(label, 10));

/** What an archive run builds. */
export interface ArchiveOptions {
  /** Sizes in documents; `full` is the whole archive. */
  sizes: (number | 'full')[];
  /** Only the documents of this year on (0: all). */
  fromYear: number;
  /** This site's build is stopped once its process tree passes this many GiB (the machine is shared). */
  maxTreeGiB: number;
  /** Build nothing: write the report again from the sizes measured so far. */
  reportOnly: boolean;
  /** The command line, for the report. */
  command: string;
}

/**
 * The options after `--archive`: `--quick` (500 only), `--sizes 500,full`, `--from 2013`.
 * @throws Error with the usage line for anything else
 */
export function parseArchiveArgs(args: readonly string[]): ArchiveOptions {
  const options: ArchiveOptions = {
    sizes: [500, 'full'],
    fromYear: 0,
    maxTreeGiB: 12,
    reportOnly: false,
    command: `npm run bench:build -- --archive ${args.join(' ')}`.trim(),
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '--quick') options.sizes = [500];
    else if (arg === '--report') options.reportOnly = true;
    else if (arg === '--sizes' && value !== undefined) {
      options.sizes = value
        .split(',')
        .map((s) => (s === 'full' ? 'full' : /^\d+$/.test(s) ? Number(s) : NaN));
      if (options.sizes.some((s) => s !== 'full' && (!Number.isInteger(s) || s < 1)))
        throw new Error(`${USAGE}, got: ${args.join(' ')}`);
      i += 1;
    } else if (arg === '--max-gib' && value !== undefined && /^\d+$/.test(value)) {
      options.maxTreeGiB = Number(value);
      i += 1;
    } else if (arg === '--from' && value !== undefined && /^\d{4}$/.test(value)) {
      options.fromYear = Number(value);
      i += 1;
    } else throw new Error(`${USAGE}, got: ${args.join(' ')}`);
  }
  return options;
}

/** A build's cost, or the error that stopped it. */
async function attempt(build: () => Promise<BuildCost>): Promise<BuildCost | { error: string }> {
  try {
    return await build();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Writes and builds one size of the archive. */
async function benchSize(size: number | 'full', options: ArchiveOptions): Promise<ArchiveRow> {
  // An archive restricted to recent years is another archive: its label says so.
  const label = `${size}${options.fromYear > 0 ? ` from ${options.fromYear}` : ''}`;
  const base = path.join(ROOT, '.output', `archive-${label.replace(' from ', '-from-')}`);
  const seeds = path.join(base, 'seeds');
  const totals = await writeArchive(seeds, size === 'full' ? undefined : size, options.fromYear);
  console.log(`\nArchive of ${label}: ${totalsLines(totals).join('\n')}`);
  console.log(`  this site, cold…`);
  const guard = { maxTreeBytes: options.maxTreeGiB * 1024 ** 3 };
  const ours = await attempt(() => buildThisSite(base, [], guard));
  const row: ArchiveRow = {
    label,
    measuredAt: new Date().toISOString(),
    command: options.command,
    totals,
    ours,
  };
  if ('error' in ours) {
    console.log(`  this site failed:\n${ours.error}`);
    return row;
  }
  row.dist = await distStats(path.join(base, 'dist'));
  const extra = await addOneExport(seeds);
  console.log(`  this site again after adding ${extra.file} (${extra.sentences} sentences)…`);
  row.rebuild = await attempt(() => rebuildThisSite(base, { ...guard, log: 'rebuild.log' }));
  if (size !== 'full') {
    // The comparison sites get the archive as it was built cold.
    await writeArchive(seeds, size, options.fromYear);
    console.log('  Starlight…');
    row.starlight = await attempt(() => buildStarlight(base));
    console.log('  Astro + Markdown…');
    row.control = await attempt(() => buildControl(base));
  }
  return row;
}

/** Runs the archive bench with `args` (after `--archive`), writing bench/RESULTS.md after each size. */
export async function archiveBench(args: readonly string[]): Promise<void> {
  const options = parseArchiveArgs(args);
  await ensureInstalled('bench/starlight');
  await ensureInstalled('bench/control');
  const results = path.join(ROOT, 'bench', 'RESULTS.md');
  // Sizes measured by earlier runs stay in the report until measured again (a full size is run alone).
  await mkdir(path.dirname(ROWS), { recursive: true });
  const rows: ArchiveRow[] = JSON.parse(await readFile(ROWS, 'utf8').catch(() => '[]')) as ArchiveRow[];
  const write = async (): Promise<void> => {
    const block = archiveBlock(rows, { starlight: STARLIGHT_MAPPING, control: CONTROL_MAPPING });
    const existing = await readFile(results, 'utf8').catch(() => '# Build cost at scale\n');
    await writeFile(results, withArchiveBlock(existing, block));
  };
  for (const size of options.reportOnly ? [] : options.sizes) {
    const row = await benchSize(size, options);
    rows.splice(0, rows.length, ...rows.filter((r) => r.label !== row.label), row);
    rows.sort((a, b) => order(a.label) - order(b.label));
    await writeFile(ROWS, JSON.stringify(rows));
    await write();
  }
  if (options.reportOnly) await write();
  console.log(`\n${archiveSummary(rows)}\n\nWrote bench/RESULTS.md.`);
}
