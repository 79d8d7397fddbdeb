// `npm run bench:profile [-- N]` (default 100): a CPU profile of a cold `astro build` of N short synthetic exports
// (`node --cpu-prof`), summarised by where self time goes: by kind of code, by file and by function, beside
// Astro's own phase timings, printed and written to bench/PROFILE.md. `node bench/profile-summary.ts <dir>`
// prints the summary of .cpuprofile files already written.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../tooling/paths.ts';
import { mean, median, parseBuildLog } from './build-log.ts';
import { machine } from './report.ts';
import { buildThisSite } from './sites.ts';
import { writeExports } from './synthetic-exports.ts';

/** The parts of V8's .cpuprofile format read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self milliseconds by key, largest first. */
type Totals = Map<string, number>;

/** A profile URL as a short name: `src/data/collections.ts`, `node_modules/astro/…`, `node:fs`. */
function shortFile(url: string): string {
  if (url === '') return '(native or VM)';
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  return file.startsWith(ROOT) ? file.slice(ROOT.length) : file;
}

/** The kind of code a file is: this project's source, its built page chunks, a package, or Node itself. */
export function kindOf(file: string): string {
  if (file.startsWith('(')) return file;
  if (file.startsWith('node:')) return 'Node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg?.[1]) return `package ${pkg[1]}`;
  if (file.startsWith('src/')) return 'this project: src/';
  if (/\.(?:prerender|chunks)\b|\/chunks\//.test(file)) return 'built page chunks (src/ compiled)';
  return 'other';
}

/** Adds each sample's time to its node's function, file and kind. */
export function selfTimes(profile: CpuProfile): { byFunction: Totals; byFile: Totals; byKind: Totals } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byFunction: Totals = new Map();
  const byFile: Totals = new Map();
  const byKind: Totals = new Map();
  const add = (totals: Totals, key: string, ms: number): void =>
    void totals.set(key, (totals.get(key) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!frame) return;
    const file =
      frame.functionName.startsWith('(') && frame.url === '' ? frame.functionName : shortFile(frame.url);
    add(byFunction, `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`, ms);
    add(byFile, file, ms);
    add(byKind, kindOf(file), ms);
  });
  return { byFunction, byFile, byKind };
}

/** The `count` largest entries as lines: `  1234 ms  12.3%  key`. */
function top(totals: Totals, count: number): string[] {
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([key, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / sum).toFixed(1).padStart(5)}%  ${key}`,
    );
}

/** The summary of every .cpuprofile in `dir` (one per process or worker thread), as lines. */
export async function summarise(dir: string): Promise<string[]> {
  const lines: string[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as CpuProfile;
    const { byFunction, byFile, byKind } = selfTimes(profile);
    lines.push('', `${name}`, 'Self time by kind of code:', ...top(byKind, 12));
    lines.push('', 'By file (top 25):', ...top(byFile, 25));
    lines.push('', 'By function (top 25):', ...top(byFunction, 25));
  }
  return lines;
}

/** Where `npm run bench:profile` writes its summary, committed beside RESULTS.md. */
const PROFILE_FILE = path.join(ROOT, 'bench', 'PROFILE.md');

async function main(args: readonly string[]): Promise<void> {
  if (args.length === 1 && !/^\d+$/.test(args[0] ?? '')) {
    console.log((await summarise(path.resolve(args[0] ?? '.'))).join('\n'));
    return;
  }
  const n = Number(args[0] ?? 100);
  if (args.length > 1 || !Number.isInteger(n) || n < 1 || n > 9999) {
    throw new Error(
      `usage: npm run bench:profile -- [N] (1 to 9999), or node bench/profile-summary.ts <dir>`,
    );
  }
  const base = path.join(ROOT, '.output', `profile-${n}`);
  const profiles = path.join(base, 'profile');
  await rm(profiles, { recursive: true, force: true });
  await writeExports(path.join(base, 'seeds'), n, true);
  const cost = await buildThisSite(base, ['--cpu-prof', `--cpu-prof-dir=${profiles}`]);
  const log = parseBuildLog(await readFile(path.join(base, 'build.log'), 'utf8'));
  const lines = [
    `N = ${n} short exports: ${cost.pages} pages, wall ${cost.wallSeconds.toFixed(1)} s, CPU ${cost.cpuSeconds.toFixed(1)} s`,
    `Astro's phases: ${log.phases.map((p) => `${p.name} ${p.seconds.toFixed(2)} s`).join('; ')}`,
    ...[...log.renderMs].map(
      ([kind, ms]) =>
        `  render ${kind}: ${ms.length} pages, median ${median(ms).toFixed(0)} ms, mean ${mean(ms).toFixed(1)} ms`,
    ),
    ...(await summarise(profiles)),
  ];
  console.log(lines.join('\n'));
  await writeFile(
    PROFILE_FILE,
    `# Where a build's time goes\n\nWritten by \`npm run bench:profile -- ${n}\` (bench/profile-summary.ts); do not edit by hand. ` +
      `Machine: ${machine()}. A cold \`astro build\` under \`node --cpu-prof\`: self time by kind of code, file and ` +
      `function, one block per thread (the main thread, then workers such as the social cards').\n\n` +
      `\`\`\`\n${lines.join('\n')}\n\`\`\`\n`,
  );
}

if (import.meta.main) {
  await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
