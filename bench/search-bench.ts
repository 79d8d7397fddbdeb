// `npm run bench [-- --dist DIR] [--starlight DIR] [--rounds N] [--cold N] [--realistic] [--write [--label L]]`: search as readers meet it, in
// Chromium on a built site (default TIP_OUT_DIR, else dist/; a bench archive is `.output/scale-<n>/dist`, built
// by `npm run bench:build`). Prints, per kind of query (common words, phrases, rare words), median and p95 of:
// a shared link opened cold (navigation → first finding painted on the first screen), the header box and the
// search page on a warm page (last keystroke → first result painted); the bytes of a first search; whether any
// search with matches showed no finding; how soon a search without matches says so; and with `--starlight`,
// Starlight's default search on the same content and the ratio. A measurement, not a test: it fails only if a
// search with matches never shows one.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DIST } from '../tooling/dist.ts';
import { ROOT } from '../tooling/paths.ts';
import { measureColdLinks, timeNoMatch } from './search-cold.ts';
import {
  GOAL_MS,
  measureLatency,
  percentile,
  QUERY_GROUPS as SYNTHETIC_GROUPS,
  REALISTIC_QUERY_GROUPS,
  ROUNDS,
} from './search-latency.ts';
import { firstSearchBytes } from './search-scale.ts';
import { measureStarlight } from './search-starlight.ts';

/** Targets of the benchmark. */
const TARGETS = { coldMs: 1000, warmMs: GOAL_MS, firstSearchBytes: 400_000 };
/** A query no page matches. */
const NO_MATCH = 'zyxwvut';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: DIST },
    starlight: { type: 'string' },
    rounds: { type: 'string', default: String(ROUNDS) },
    cold: { type: 'string', default: '5' },
    /** Queries for the realistic archive (bench/realistic-archive.ts) rather than the synthetic exports. */
    realistic: { type: 'boolean', default: false },
    /** Also writes the printed figures into bench/RESULTS.md's search section. */
    write: { type: 'boolean', default: false },
    /** Names the section `--write` writes, so that archives of two sizes keep a section each. */
    label: { type: 'string' },
  },
});

/** Where `--write` puts the figures, between these markers (added at the end the first time). */
const RESULTS = path.join(ROOT, 'bench', 'RESULTS.md');
const KIND = values.realistic ? 'realistic' : 'synthetic';
const MARK = [KIND, ...(values.label?.split(/\s+/) ?? [])].join('-');
const START = `<!-- search-bench:${MARK}:start -->`;
const END = `<!-- search-bench:${MARK}:end -->`;
const printed: string[] = [];
/** Prints a line, and keeps it for `--write`. */
const print = (...parts: string[]): void => {
  const line = parts.join(' ');
  printed.push(line);
  console.log(line);
};

async function writeResults(): Promise<void> {
  const old = await readFile(RESULTS, 'utf8').catch(() => '');
  const section = [
    START,
    `## Search (\`npm run bench\`), ${KIND} archive${values.label ? `, ${values.label}` : ''}`,
    '',
    `Written by \`node bench/search-bench.ts ${process.argv.slice(2).join(' ')}\` on ${new Date().toISOString().slice(0, 10)}; a shared, busy machine: figures are noisy.`,
    '',
    '```text',
    ...printed,
    '```',
    END,
  ].join('\n');
  const at = old.indexOf(START);
  const end = old.indexOf(END);
  const next =
    at >= 0 && end > at
      ? old.slice(0, at) + section + old.slice(end + END.length)
      : `${old.trimEnd()}\n\n${section}\n`;
  await writeFile(RESULTS, next);
}
const dist = path.resolve(values.dist);
const QUERY_GROUPS: Record<string, readonly string[]> = values.realistic
  ? REALISTIC_QUERY_GROUPS
  : SYNTHETIC_GROUPS;
const QUERIES = Object.values(QUERY_GROUPS).flat();
const rounds = Number(values.rounds);
const coldRounds = Number(values.cold);

const stats = (values: readonly number[]): { median: number; p95: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
};
const ms = (n: number): string => `${Math.round(n)}`.padStart(6);
const row = (label: string, values: readonly number[], extra = ''): string => {
  const { median, p95 } = stats(values);
  return `  ${label.padEnd(16)} median ${ms(median)}  p95 ${ms(p95)}  (n=${values.length})${extra}`;
};
const groupOf = (query: string): string =>
  Object.entries(QUERY_GROUPS).find(([, qs]) => qs.includes(query))?.[0] ?? '?';

async function main(): Promise<void> {
  print(`Search on ${path.relative(process.cwd(), dist) || '.'} (ms; this machine, noisy)\n`);
  const failures: string[] = [];

  print(
    `Shared link opened cold, navigation → first finding on the first screen (target p95 ≤ ${TARGETS.coldMs})`,
  );
  const cold = await measureColdLinks(dist, QUERIES, coldRounds);
  for (const [query, opens] of cold) {
    const missing = opens.filter((o) => o.firstFinding === undefined).length;
    if (missing > 0) failures.push(`cold link "${query}": ${missing} of ${opens.length} showed no finding`);
    const kb = stats(opens.map((o) => o.bytes)).median / 1000;
    print(
      row(
        query,
        opens.flatMap((o) => o.firstFinding ?? []),
        `  ${kb.toFixed(0)} KB`,
      ),
    );
  }
  for (const group of Object.keys(QUERY_GROUPS)) {
    const all = [...cold].filter(([q]) => groupOf(q) === group).flatMap(([, o]) => o);
    print(
      row(
        `all ${group}`,
        all.flatMap((o) => o.firstFinding ?? []),
      ),
    );
  }
  print(
    row(
      'all',
      [...cold.values()].flat().flatMap((o) => o.firstFinding ?? []),
    ),
  );

  const bytes = await firstSearchBytes(dist);
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  print(
    `\nFirst search in the header box: ${(total / 1000).toFixed(0)} KB on the wire (target ≤ ${TARGETS.firstSearchBytes / 1000}):`,
    Object.entries(bytes)
      .map(([kind, n]) => `${kind} ${(n / 1000).toFixed(0)}`)
      .join(', '),
  );

  const noMatch = await timeNoMatch(dist, NO_MATCH);
  print(`A link without matches says so ${noMatch === undefined ? 'NEVER' : `after ${ms(noMatch)} ms`}`);
  if (noMatch === undefined) failures.push(`"${NO_MATCH}": the page never said nothing matched`);

  print(`\nWarm page, last keystroke → first result painted (target p95 ≤ ${TARGETS.warmMs})`);
  const warm = await measureLatency(dist, rounds, undefined, QUERIES);
  for (const place of warm) {
    print(place.place);
    for (const { query, timings } of place.queries)
      print(
        row(
          query,
          timings.map((t) => t.toFrame),
        ),
      );
    for (const group of Object.keys(QUERY_GROUPS)) {
      const frames = place.queries.filter((q) => groupOf(q.query) === group).flatMap((q) => q.timings);
      print(
        row(
          `all ${group}`,
          frames.map((t) => t.toFrame),
        ),
      );
    }
    const frames = place.queries.flatMap((q) => q.timings.map((t) => t.toFrame));
    const within = frames.filter((f) => f <= TARGETS.warmMs).length;
    print(row('all', frames, `  ${within} within ${TARGETS.warmMs} ms`));
    failures.push(...place.failures);
  }

  if (values.starlight) {
    print(`\nStarlight's default search on ${path.relative(process.cwd(), values.starlight)}, warm`);
    const starlight = await measureStarlight(path.resolve(values.starlight), QUERIES, rounds);
    for (const { query, timings } of starlight)
      print(
        row(
          query,
          timings.map((t) => t.toFrame),
        ),
      );
    const theirs = stats(starlight.flatMap((q) => q.timings.map((t) => t.toFrame)));
    print(
      row(
        'all',
        starlight.flatMap((q) => q.timings.map((t) => t.toFrame)),
      ),
    );
    for (const place of warm) {
      const ours = stats(place.queries.flatMap((q) => q.timings.map((t) => t.toFrame)));
      print(
        `  ${place.place} / Starlight: median ${(ours.median / theirs.median).toFixed(2)}x, p95 ${(ours.p95 / theirs.p95).toFixed(2)}x`,
      );
    }
  }

  print(failures.length === 0 ? '\nEvery search with matches showed a finding.' : `\n${failures.join('\n')}`);
  if (values.write) await writeResults();
  if (failures.length > 0) throw new Error(`Searches that showed no finding:\n${failures.join('\n')}`);
}

await main();
