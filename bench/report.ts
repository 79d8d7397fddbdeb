// The bench's figures as text: the table of both sites by N, the targets met or missed, and bench/RESULTS.md.
import { cpus, totalmem } from 'node:os';
import { mean, median, type BuildLog } from './build-log.ts';
import type { BuildCost } from './measure-build.ts';
import type { PageWeight, SeedWeight } from './page-weight.ts';
import type { SearchScale } from './search-scale.ts';
import type { SiteSizes } from './sites.ts';
import { FIRST_VISIT_GZIP, LONG_PAGE_RAW } from '../tooling/budgets.ts';

/** Both sites built from the same N exports. */
export interface ScaleRow {
  documents: number;
  long: number;
  ours: BuildCost;
  starlight: BuildCost;
  oursLog: BuildLog;
  starlightLog: BuildLog;
  sizes: SiteSizes;
}

/** Everything one bench run measured. */
export interface BenchRun {
  rows: ScaleRow[];
  longPages: PageWeight[];
  seed: { measuredAt: string; pages: SeedWeight[] };
  search: { documents: number; result: SearchScale } | undefined;
  mapping: string;
}

/** A target of issue 10, and whether this run met it (undefined: not measured). */
interface Target {
  name: string;
  value: string;
  met: boolean | undefined;
}

const GiB = 1024 ** 3;
const mib = (bytes: number): string => (bytes / 1024 ** 2).toFixed(0);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const ratio = (r: ScaleRow): number => r.ours.wallSeconds / r.starlight.wallSeconds;
const perDoc = (r: ScaleRow): number => r.ours.wallSeconds / r.documents;

/** A Markdown table with a header row. */
function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The main table: per N, both sites' wall, CPU, peak memory, pages, and this site's wall and CPU time as shares of Starlight's. */
export function scaleTable(rows: readonly ScaleRow[]): string {
  const cpuShare = (r: ScaleRow): string => `${(r.ours.cpuSeconds / r.starlight.cpuSeconds).toFixed(2)}×`;
  const cells = (site: string, c: BuildCost, r: ScaleRow, share: string[]): string[] => [
    String(r.documents),
    site,
    String(c.pages),
    c.wallSeconds.toFixed(1),
    c.cpuSeconds.toFixed(1),
    mib(c.peakRssBytes),
    (c.wallSeconds / r.documents).toFixed(3),
    ...share,
  ];
  return table(
    ['N', 'site', 'pages', 'wall s', 'CPU s', 'peak MiB', 'wall s/doc', 'wall ratio', 'CPU ratio'],
    rows.flatMap((r) => [
      cells('this site', r.ours, r, [`${ratio(r).toFixed(2)}×`, cpuShare(r)]),
      cells('Starlight', r.starlight, r, ['1', '1']),
    ]),
  );
}

/** Where this site's time goes by Astro's own timings, and how long each kind of page takes to render. */
export function phaseTable(rows: readonly ScaleRow[]): string {
  const phase = (log: BuildLog, name: string): string =>
    log.phases
      .filter((p) => p.name === name)
      .reduce((sum, p) => sum + p.seconds, 0)
      .toFixed(2);
  const names = [...new Set(rows.flatMap((r) => r.oursLog.phases.map((p) => p.name)))];
  const section = (log: BuildLog): number[] => log.renderMs.get('section') ?? [];
  return table(
    ['N', 'site', ...names.map((n) => `${n} s`), 'section page ms (median / mean)'],
    rows.flatMap((r) =>
      (
        [
          ['this site', r.oursLog],
          ['Starlight', r.starlightLog],
        ] as const
      ).map(([site, log]) => [
        String(r.documents),
        site,
        ...names.map((n) => phase(log, n)),
        `${median(section(log)).toFixed(0)} / ${mean(section(log)).toFixed(1)}`,
      ]),
    ),
  );
}

/** This site's output sizes by N. */
export function sizeTable(rows: readonly ScaleRow[]): string {
  return table(
    ['N', 'dist MB', 'pagefind MB', 'largest page KB', 'home KB', '404 KB', 'search KB'],
    rows.map((r) => [
      String(r.documents),
      (r.sizes.distBytes / 1e6).toFixed(2),
      (r.sizes.pagefindBytes / 1e6).toFixed(2),
      `${kb(r.sizes.largest.bytes)} (${r.sizes.largest.file})`,
      kb(r.sizes.home),
      kb(r.sizes.notFound),
      kb(r.sizes.search),
    ]),
  );
}

/** Each target of issue 10 against this run. */
export function targets(run: BenchRun): Target[] {
  const at = (n: number): ScaleRow | undefined => run.rows.find((r) => r.documents === n);
  const share = (n: number, max: number, strict = false): Target => {
    const r = at(n);
    const name = strict
      ? `${n} document: no slower than Starlight`
      : `${n} documents: ≤ ${max}× Starlight's time`;
    return { name, value: r ? `${ratio(r).toFixed(2)}×` : 'not run', met: r && ratio(r) <= max };
  };
  const r100 = at(100);
  const r1000 = at(1000);
  const growth = r100 && r1000 ? perDoc(r1000) / perDoc(r100) : undefined;
  const worstRaw = Math.max(...run.longPages.map((p) => p.rawBytes));
  const worstGzip = Math.max(...run.longPages.map((p) => p.firstVisitGzip));
  const heavier = run.seed.pages.filter(
    (p) => !p.baseline || p.rawBytes > p.baseline.rawBytes || p.firstVisitGzip > p.baseline.firstVisitGzip,
  );
  const search = run.search?.result;
  return [
    share(1, 1, true),
    share(100, 0.75),
    share(1000, 0.25),
    {
      name: '1000 documents: peak memory < 2 GiB',
      value: r1000 ? `${mib(r1000.ours.peakRssBytes)} MiB` : 'not run',
      met: r1000 && r1000.ours.peakRssBytes < 2 * GiB,
    },
    {
      name: 'time per document at 1000 ≤ 1.2× at 100',
      value: growth === undefined ? 'not run' : `${growth.toFixed(2)}×`,
      met: growth === undefined ? undefined : growth <= 1.2,
    },
    {
      name: `160-sentence export: each section page ≤ ${LONG_PAGE_RAW / 1024} KB raw`,
      value: `max ${kb(worstRaw)} KB`,
      met: worstRaw <= LONG_PAGE_RAW,
    },
    {
      name: `160-sentence export: each section page ≤ ${FIRST_VISIT_GZIP / 1024} KB gzip at first visit`,
      value: `max ${kb(worstGzip)} KB`,
      met: worstGzip <= FIRST_VISIT_GZIP,
    },
    {
      name: `shipped seed's pages at or under their weight of ${run.seed.measuredAt}`,
      value: heavier.length === 0 ? 'all' : `heavier: ${heavier.map((p) => p.page).join(', ')}`,
      met: heavier.length === 0,
    },
    {
      name: `search at N = ${run.search?.documents ?? '?'}: first result ≤ 100 ms (p95, warm page)`,
      value: search
        ? `p95 ${search.latency.p95.toFixed(0)} ms, median ${search.latency.median.toFixed(0)} ms`
        : 'not run',
      met: search && search.latency.p95 <= 100,
    },
    {
      name: `search at N = ${run.search?.documents ?? '?'}: first search ≤ 300 KB`,
      value: search ? `${kb(search.firstSearchBytes)} KB` : 'not run',
      met: search && search.firstSearchBytes <= 300 * 1024,
    },
  ];
}

/** The targets as Markdown list lines: `- met: …` / `- MISSED: …`. */
export function targetLines(run: BenchRun): string[] {
  const label = (met: boolean | undefined): string =>
    met === undefined ? 'not measured' : met ? 'met' : 'MISSED';
  return targets(run).map((t) => `- ${label(t.met)}: ${t.name} (${t.value})`);
}

/** The page-weight and search sections, as Markdown. */
export function weightAndSearch(run: BenchRun): string {
  const pages = table(
    ['page', 'raw KB', 'first visit gzip KB'],
    run.longPages.map((p) => [p.page, kb(p.rawBytes), kb(p.firstVisitGzip)]),
  );
  const seed = table(
    ['page', 'raw KB (baseline)', 'first visit gzip KB (baseline)'],
    run.seed.pages.map((p) => [
      p.page,
      `${kb(p.rawBytes)} (${p.baseline ? kb(p.baseline.rawBytes) : '–'})`,
      `${kb(p.firstVisitGzip)} (${p.baseline ? kb(p.baseline.firstVisitGzip) : '–'})`,
    ]),
  );
  const s = run.search?.result;
  const search = s
    ? [
        `Index (dist/pagefind/): ${(s.indexBytes / 1e6).toFixed(2)} MB. First search ("Costa Rica" in the home page's`,
        `header box, every request after load, as a host serves it gzipped): ${kb(s.firstSearchBytes)} KB —`,
        Object.entries(s.firstSearchByKind)
          .map(([k, v]) => `${k} ${kb(v)}`)
          .join(', ') + ' KB.',
        `Last keystroke → first painted result on a warm page, header box, ${s.latency.count} searches` +
          ` (${s.latency.failures} without result): median ${s.latency.median.toFixed(0)} ms,` +
          ` p95 ${s.latency.p95.toFixed(0)} ms, max ${s.latency.max.toFixed(0)} ms.`,
      ].join('\n')
    : 'Not measured.';
  return `## Page weight: the 160-sentence export alone\n\n${pages}\n\n## The shipped seed's pages\n\n${seed}\n\n## Search at N = ${run.search?.documents ?? '–'}\n\n${search}\n`;
}

/** The machine the run was on, in one line. */
export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / GiB).toFixed(0)} GiB memory, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/** bench/RESULTS.md. */
export function resultsMarkdown(run: BenchRun, command: string): string {
  return `# Build cost at scale

Written by \`${command}\` (bench/build-scale.ts); do not edit by hand. Machine: ${machine()}.
The machine is shared: figures vary from run to run by a few tenths.

Each N is built cold (generated content, caches and output removed) by each site in turn, each build its own
process: wall time; CPU time (user + system of the build and of the children it waited for, such as Pagefind);
peak memory (the larger of the build process's peak RSS and the sampled RSS of its process tree). Every tenth
export is long (160 sentences: a summary, a Recommendations paragraph, then Prosecution, Protection and
Prevention heading lines); the others are the China seed with the country renamed.

![Build time and peak memory against N](build-scale.svg)

${scaleTable(run.rows)}

## Targets (issue 10)

${targetLines(run).join('\n')}

## Where this site's time goes (Astro's own timings)

${phaseTable(run.rows)}

## This site's output

${sizeTable(run.rows)}

${weightAndSearch(run)}
## The Starlight site

\`bench/starlight/\`: Astro and Starlight at the versions in its package.json, default setup. ${run.mapping}
`;
}
