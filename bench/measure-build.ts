// Runs one `astro build` as its own process and measures it: wall time, CPU time (user + system, Pagefind's
// child included) and peak memory (the process's own and its whole tree's, sampled every 250 ms from /proc, by
// phase), with no tool beyond Node and /proc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childEnv as buildEnv } from '../tooling/build-env.ts';
import { ROOT } from '../tooling/paths.ts';
import { htmlPages } from '../tooling/dist.ts';
import { phasePeaks, type LogMark, type MemorySample, type PhasePeak } from './phase-memory.ts';

/** The project's pinned Node, which both sites' builds run on. */
const NODE = path.join(ROOT, 'node_modules', '.bin', 'node');
const PRELOAD = path.join(ROOT, 'bench', 'usage-preload.ts');
const PAGE_SIZE = 4096;
const SAMPLE_MS = 250;

/** What one build cost. */
export interface BuildCost {
  wallSeconds: number;
  cpuSeconds: number;
  /** The larger of the build process's own peak RSS and the sampled peak of its whole process tree. */
  peakRssBytes: number;
  /** The largest sampled resident memory of the build's whole process tree (all descendants summed). */
  treePeakBytes: number;
  /** HTML files in the output folder. */
  pages: number;
  /** Each phase's duration and tree peak, the samples tied to the log lines that open the phases. */
  phases: PhasePeak[];
}

/** A build to run: `astro build` of the Astro project in `cwd`, into `outDir`. */
export interface BuildJob {
  cwd: string;
  outDir: string;
  env: Record<string, string | undefined>;
  /** Where the build's output is saved. */
  log: string;
  /** Extra Node flags, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
  /** Stops the build (its whole tree) once the tree's memory passes this, to spare a shared machine. */
  maxTreeBytes?: number;
}

/** `pid` and all its descendants (none once it has gone). */
function treePids(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return [pid, ...children.filter(Boolean).flatMap((c) => treePids(Number(c)))];
  } catch {
    return [];
  }
}

/** Resident bytes of `pid` and all its descendants right now (0 for any that has gone). */
function treeRss(pid: number): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return pages * PAGE_SIZE + children.filter(Boolean).reduce((sum, c) => sum + treeRss(Number(c)), 0);
  } catch {
    return 0;
  }
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Runs the build and measures it.
 * @throws Error with the tail of the build's output if it fails
 */
export async function measureBuild(job: BuildJob): Promise<BuildCost> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'tip-bench-'));
  const usageFile = path.join(tmp, 'usage.json');
  const astro = path.join(job.cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const args = [...(job.nodeFlags ?? []), '--import', PRELOAD, astro, 'build'];
  const started = performance.now();
  const samples: MemorySample[] = [];
  const marks: LogMark[] = [];
  let output = '';
  let partial = '';
  let stopped: string | undefined;
  const since = (): number => performance.now() - started;
  // Each complete line is marked with the time it arrived, for the phases.
  const take = (chunk: string): void => {
    output += chunk;
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    const ms = since();
    for (const line of lines) marks.push({ ms, line });
  };
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(NODE, args, {
      cwd: job.cwd,
      env: buildEnv({ ...job.env, BENCH_USAGE_FILE: usageFile }),
    });
    const timer = setInterval(() => {
      const bytes = treeRss(child.pid ?? 0);
      samples.push({ ms: since(), bytes });
      if (job.maxTreeBytes !== undefined && bytes > job.maxTreeBytes && stopped === undefined) {
        stopped = `stopped by the bench: the process tree passed ${(job.maxTreeBytes / 1024 ** 3).toFixed(0)} GiB after ${(since() / 1000).toFixed(0)} s`;
        for (const pid of treePids(child.pid ?? 0).reverse()) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // Gone since it was listed.
          }
        }
      }
    }, SAMPLE_MS);
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve(status ?? 1);
    });
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const peakTree = samples.reduce((max, s) => Math.max(max, s.bytes), 0);
  await writeFile(job.log, output);
  if (code !== 0)
    throw new Error(
      `astro build in ${job.cwd} exited with ${code}:\n${tail(output)}${stopped ? `\n${stopped}` : ''}`,
    );
  const usage = JSON.parse(await readFile(usageFile, 'utf8')) as { cpuSeconds: number; maxRssBytes: number };
  await rm(tmp, { recursive: true, force: true });
  return {
    wallSeconds,
    cpuSeconds: usage.cpuSeconds,
    peakRssBytes: Math.max(usage.maxRssBytes, peakTree),
    treePeakBytes: peakTree,
    pages: (await htmlPages(job.outDir)).length,
    phases: phasePeaks(marks, samples, wallSeconds * 1000),
  };
}
