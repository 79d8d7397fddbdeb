// `node bench/search-worker.ts [--dist DIR] [--queries a,b,c] [--rounds N] [--no-worker]`: Pagefind alone, in Chromium on a built
// site, without this site's UI: per query, the matching pages, how long the page waits for a search, the CPU
// time Chromium spent on it (its processes' user and system time: on a busy machine the wait grows with the
// load, the CPU time much less), and the wait for the first screen's fragments (`data()` of ten results); with
// no filter loaded, with the `document` filter counted, and with every filter loaded. For finding where a
// search's time goes at a given archive size; docs/search.md records what it showed.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../tooling/browser.ts';
import { DIST } from '../tooling/dist.ts';
import { serveDir } from '../tooling/server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: DIST },
    queries: {
      type: 'string',
      default: 'victims,government,forced labor,debt bondage,repatriation,Qatar,zyxwvut',
    },
    rounds: { type: 'string', default: '3' },
    /** Pagefind on the page's main thread (`noWorker`), as the site runs it, rather than in its worker. */
    'no-worker': { type: 'boolean', default: false },
  },
});

/** One condition's figures for one query, in ms (medians over the warm rounds, after a first, cold, one). */
interface Row {
  condition: string;
  query: string;
  pages: number;
  coldMs: number;
  waitMs: number;
  cpuMs: number;
  firstScreenMs: number;
}

const CONDITIONS = ['no filter', 'document counted', 'every filter'] as const;
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** User and system CPU time (ms) of the processes whose command line names `marker`, and their descendants. */
async function cpuMs(marker: string): Promise<number> {
  const procs = new Map<number, { ppid: number; ms: number; marked: boolean }>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = await readFile(`/proc/${name}/cmdline`, 'utf8');
      procs.set(Number(name), {
        ppid: Number(fields[1]),
        ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
        marked: cmdline.includes(marker),
      });
    } catch {
      // gone meanwhile
    }
  }
  const counts = (pid: number): boolean => {
    for (let p = procs.get(pid); p; p = procs.get(p.ppid)) if (p.marked) return true;
    return false;
  };
  return [...procs].filter(([pid]) => counts(pid)).reduce((sum, [, p]) => sum + p.ms, 0);
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const queries = values.queries.split(',');
const rounds = Number(values.rounds);
const server = await serveDir(path.resolve(values.dist));
const profile = await mkdtemp(path.join(tmpdir(), 'tip-search-worker-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.evaluate(async (noWorker) => {
    const url = '/pagefind/pagefind.js';
    const { createInstance } = (await import(/* @vite-ignore */ url)) as {
      createInstance(options: object): { filters(): Promise<unknown> };
    };
    const instances = [0, 1, 2].map(() => createInstance({ noWorker }));
    await instances[2]!.filters();
    (window as unknown as { instances: unknown }).instances = instances;
  }, values['no-worker']);
  const rows: Row[] = [];
  for (const [index, condition] of CONDITIONS.entries()) {
    for (const query of queries) {
      const time = async (): Promise<{ wait: number; cpu: number; screen: number; pages: number }> => {
        const before = await cpuMs(profile);
        const { wait, screen, pages } = await page.evaluate(
          async ({ index, query }) => {
            interface Instance {
              search(
                term: string,
                options: { filters: Record<string, string[]> },
              ): Promise<{ results: { data(): Promise<unknown> }[] }>;
            }
            const instance = (window as unknown as { instances: Instance[] }).instances[index]!;
            const start = performance.now();
            const answer = await instance.search(query, { filters: index === 1 ? { document: [] } : {} });
            const wait = performance.now() - start;
            const data = performance.now();
            await Promise.all(answer.results.slice(0, 10).map((r) => r.data()));
            return { wait, screen: performance.now() - data, pages: answer.results.length };
          },
          { index, query },
        );
        return { wait, screen, pages, cpu: (await cpuMs(profile)) - before };
      };
      const cold = await time();
      const warm = [];
      for (let i = 0; i < rounds; i++) warm.push(await time());
      rows.push({
        condition,
        query,
        pages: cold.pages,
        coldMs: cold.wait,
        waitMs: median(warm.map((w) => w.wait)),
        cpuMs: median(warm.map((w) => w.cpu)),
        firstScreenMs: median(warm.map((w) => w.screen)),
      });
    }
  }
  console.log(
    `Pagefind alone on ${values.dist}, ${values['no-worker'] ? 'on the main thread' : 'in its worker'} (ms; warm figures are medians of ${rounds} rounds)`,
  );
  console.log('condition         query            pages  cold wait  warm wait  warm CPU  first screen');
  for (const r of rows)
    console.log(
      `${r.condition.padEnd(17)} ${r.query.padEnd(15)} ${String(r.pages).padStart(6)} ${[r.coldMs, r.waitMs, r.cpuMs, r.firstScreenMs].map((n, i) => String(Math.round(n)).padStart([10, 10, 9, 13][i]!)).join(' ')}`,
    );
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
  await server.close();
}
