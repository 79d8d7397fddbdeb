// The realistic archive's figures as text: what each size cost this site (and, where built, Starlight and the
// plain Astro control), the phases of this site's builds with their memory, the rebuild after one new export,
// the targets of issue 19, and the block of bench/RESULTS.md that holds them.
import type { ArchiveTotals } from './realistic-archive.ts';
import type { BuildCost } from './measure-build.ts';
import { machine } from './report.ts';

/** One size of the archive and what it cost. */
export interface ArchiveRow {
  /** `500`, `full`. */
  label: string;
  /** When it was measured (ISO), since a size may come from an earlier run than another. */
  measuredAt: string;
  /** The command that measured it. */
  command: string;
  totals: ArchiveTotals;
  /** This site's cold build, or the tail of its error. */
  ours: BuildCost | { error: string };
  dist?: { bytes: number; files: number };
  /** This site's build after one new export was added to the built archive. */
  rebuild?: BuildCost | { error: string };
  starlight?: BuildCost | { error: string };
  control?: BuildCost | { error: string };
}

const GiB = 1024 ** 3;
const mib = (bytes: number): string => (bytes / 1024 ** 2).toFixed(0);
const built = (c: BuildCost | { error: string } | undefined): c is BuildCost =>
  c !== undefined && !('error' in c);
/** Wall milliseconds per sentence of the archive. */
const msPerSentence = (c: BuildCost, t: ArchiveTotals): number => (c.wallSeconds * 1000) / t.sentences;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The archive of each size: documents and sentences, by era. */
export function archiveTable(rows: readonly ArchiveRow[]): string {
  const eras = Object.keys(rows[0]?.totals.byEra ?? {});
  return table(
    [
      'size',
      'measured',
      'documents',
      'sentences',
      'MB of exports',
      ...eras.map((e) => `${e} docs / sentences`),
    ],
    rows.map((r) => [
      r.label,
      r.measuredAt.slice(0, 16).replace('T', ' '),
      String(r.totals.documents),
      r.totals.sentences.toLocaleString('en-US'),
      (r.totals.bytes / 1e6).toFixed(1),
      ...eras.map((e) => {
        const t = r.totals.byEra[e as keyof ArchiveTotals['byEra']];
        return `${t.documents} / ${t.sentences.toLocaleString('en-US')}`;
      }),
    ]),
  );
}

/** Each site's build at each size: wall, CPU, tree peak, pages, time per sentence, ratio to Starlight. */
export function costTable(rows: readonly ArchiveRow[]): string {
  const lines: string[][] = [];
  for (const r of rows) {
    const sites = [
      ['this site', r.ours],
      ['this site, +1 export', r.rebuild],
      ['Starlight', r.starlight],
      ['Astro + Markdown', r.control],
    ] as const;
    for (const [site, c] of sites) {
      if (c === undefined) continue;
      if (!built(c)) {
        lines.push([
          r.label,
          site,
          'failed',
          '',
          '',
          '',
          '',
          '',
          c.error.split('\n').at(-1)?.slice(0, 120) ?? '',
        ]);
        continue;
      }
      const vsStarlight = built(r.starlight)
        ? `${(c.wallSeconds / r.starlight.wallSeconds).toFixed(2)}×`
        : '–';
      lines.push([
        r.label,
        site,
        String(c.pages),
        c.wallSeconds.toFixed(1),
        c.cpuSeconds.toFixed(1),
        mib(c.treePeakBytes),
        mib(c.peakRssBytes),
        msPerSentence(c, r.totals).toFixed(3),
        vsStarlight,
      ]);
    }
  }
  return table(
    [
      'size',
      'site',
      'pages',
      'wall s',
      'CPU s',
      'tree peak MiB',
      'peak MiB (max of process, tree)',
      'wall ms/sentence',
      'wall vs Starlight',
    ],
    lines,
  );
}

/** This site's phases at each size, cold and rebuilt: seconds and the tree's peak in each. */
export function phaseMemoryTable(rows: readonly ArchiveRow[]): string {
  const lines: string[][] = [];
  for (const r of rows)
    for (const [kind, c] of [
      ['cold', r.ours],
      ['+1 export', r.rebuild],
    ] as const)
      if (built(c))
        for (const p of c.phases) lines.push([r.label, kind, p.name, p.seconds.toFixed(1), mib(p.peakBytes)]);
  return table(['size', 'build', 'phase', 's', 'tree peak MiB'], lines);
}

/** This site's output at each size. */
export function distTable(rows: readonly ArchiveRow[]): string {
  return table(
    ['size', 'dist MB', 'files', 'MB per 1,000 sentences'],
    rows
      .filter((r) => r.dist)
      .map((r) => [
        r.label,
        ((r.dist?.bytes ?? 0) / 1e6).toFixed(1),
        String(r.dist?.files ?? 0),
        (((r.dist?.bytes ?? 0) / 1e6 / r.totals.sentences) * 1000).toFixed(2),
      ]),
  );
}

/** Each target of issue 19 against this run: `- met: …`, `- MISSED: …`, `- not measured: …`. */
export function archiveTargets(rows: readonly ArchiveRow[]): string[] {
  const full = rows.find((r) => r.label === 'full');
  const small = rows.find((r) => r.label === '500');
  const line = (name: string, value: string | undefined, met: boolean | undefined): string =>
    `- ${met === undefined ? 'not measured' : met ? 'met' : 'MISSED'}: ${name}${value ? ` (${value})` : ''}`;
  const f = built(full?.ours) ? full.ours : undefined;
  const s = built(small?.ours) ? small.ours : undefined;
  const st = built(small?.starlight) ? small.starlight : undefined;
  const ctl = built(small?.control) ? small.control : undefined;
  const rebuild = built(full?.rebuild) ? full.rebuild : undefined;
  const growth =
    f && s && full && small ? msPerSentence(f, full.totals) / msPerSentence(s, small.totals) : undefined;
  return [
    line(
      'whole series: cold build ≤ 15 min',
      f && `${(f.wallSeconds / 60).toFixed(1)} min`,
      f && f.wallSeconds <= 900,
    ),
    line(
      'whole series: process tree peak ≤ 6 GiB',
      f && `${mib(f.treePeakBytes)} MiB`,
      f && f.treePeakBytes <= 6 * GiB,
    ),
    line(
      'time per sentence at full ≤ 1.2× at 500',
      growth?.toFixed(2).concat('×'),
      growth === undefined ? undefined : growth <= 1.2,
    ),
    line(
      'whole series: dist/ ≤ 1 GiB',
      full?.dist && `${(full.dist.bytes / GiB).toFixed(2)} GiB`,
      full?.dist && full.dist.bytes <= GiB,
    ),
    line(
      'whole series: rebuild after one new export ≤ 90 s',
      rebuild && `${rebuild.wallSeconds.toFixed(0)} s`,
      rebuild && rebuild.wallSeconds <= 90,
    ),
    line(
      "500 documents: ≤ 0.5× Starlight's wall time",
      // CPU time is less moved by other work on a shared machine than wall time: shown beside it.
      s &&
        st &&
        `${(s.wallSeconds / st.wallSeconds).toFixed(2)}×; CPU time ${(s.cpuSeconds / st.cpuSeconds).toFixed(2)}×`,
      s && st && s.wallSeconds <= 0.5 * st.wallSeconds,
    ),
    line(
      "500 documents: tree peak ≤ Starlight's",
      s && st && `${mib(s.treePeakBytes)} against ${mib(st.treePeakBytes)} MiB`,
      s && st && s.treePeakBytes <= st.treePeakBytes,
    ),
    `- for reference: 500 documents against plain Astro and Markdown: ${s && ctl ? `${(s.wallSeconds / ctl.wallSeconds).toFixed(2)}× its wall time, ${(s.treePeakBytes / ctl.treePeakBytes).toFixed(2)}× its tree peak` : 'not measured'}`,
  ];
}

/** The figures as printed at the end of a run. */
export function archiveSummary(rows: readonly ArchiveRow[]): string {
  return [
    archiveTable(rows),
    costTable(rows),
    phaseMemoryTable(rows),
    distTable(rows),
    `Targets (issue 19):\n${archiveTargets(rows).join('\n')}`,
  ].join('\n\n');
}

/** Where the archive block of bench/RESULTS.md begins and ends. */
export const BLOCK_BEGIN = '<!-- realistic archive: written by `npm run bench:build -- --archive` -->';
export const BLOCK_END = '<!-- end of realistic archive -->';

/** The archive block of bench/RESULTS.md, markers included. */
export function archiveBlock(
  rows: readonly ArchiveRow[],
  mapping: { starlight: string; control: string },
): string {
  return `${BLOCK_BEGIN}
## The realistic archive (issue 19)

Written by \`npm run bench:build -- --archive\` (bench/archive-bench.ts), which keeps the sizes of earlier runs;
do not edit by hand. ${rows.map((r) => `Size ${r.label}: \`${r.command}\`, ${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC.`).join(' ')} Machine: ${machine()}.
The machine is shared: figures vary from run to run, by more than a few tenths when other work runs.

The archive is written by bench/realistic-archive.ts: every annual report's country narratives from 2001 to 2024
and the interim assessments, laid out as Refworld carries each era, with made-up sentences of each era's length;
a smaller size is a selection stratified by era. Each site is built cold, its own process; peak memory is the
sum of the resident memory of the build and all its descendants, sampled every 250 ms (tree peak), each phase's
from the samples between the log lines that open it. "+1 export" is this site built again after one new export
(the next year's report of one country) is added to the built archive, keeping its caches and output.

${archiveTable(rows)}

${costTable(rows)}

### Targets (issue 19)

${archiveTargets(rows).join('\n')}

### This site's phases and their memory

${phaseMemoryTable(rows)}

### This site's output

${distTable(rows)}

Starlight (bench/starlight/): ${mapping.starlight}

Astro + Markdown (bench/control/): ${mapping.control}
${BLOCK_END}`;
}

/** `results` with its archive block replaced by `block`, or `block` added at the end when it has none. */
export function withArchiveBlock(results: string, block: string): string {
  const begin = results.indexOf(BLOCK_BEGIN);
  const end = results.indexOf(BLOCK_END);
  if (begin < 0 || end < begin) return `${results.trimEnd()}\n\n${block}\n`;
  return `${results.slice(0, begin)}${block}${results.slice(end + BLOCK_END.length)}`;
}

/** The archive block of `results`, if it has one. */
export function archiveBlockOf(results: string): string | undefined {
  const begin = results.indexOf(BLOCK_BEGIN);
  const end = results.indexOf(BLOCK_END);
  return begin < 0 || end < begin ? undefined : results.slice(begin, end + BLOCK_END.length);
}
