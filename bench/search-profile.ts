// `node bench/search-profile.ts [--dist DIR] [--query Q] [--place page|header|cold]`: a CPU profile of one search in
// Chromium (CDP Profiler), summarised as the functions that took the most time, by script. For finding where a
// slow search spends its time; docs/search.md records what it showed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tooling/browser.ts';
import { DIST } from '../tooling/dist.ts';
import { serveDir } from '../tooling/server.ts';
import { PLACES, KEY_DELAY } from './search-latency.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: DIST },
    query: { type: 'string', default: 'government' },
    place: { type: 'string', default: 'page' },
    top: { type: 'string', default: '25' },
  },
});

/** Self time (ms) by function, heaviest first, and by script. */
function summarise(profile: Profile): { byFunction: [string, number][]; byScript: [string, number][] } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const script = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    if (!node) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const file = path.basename(node.callFrame.url) || '(native)';
    const name = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
    fn.set(name, (fn.get(name) ?? 0) + ms);
    script.set(file, (script.get(file) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1]);
  return { byFunction: sorted(fn), byScript: sorted(script) };
}

async function main(): Promise<void> {
  const server = await serveDir(path.resolve(values.dist));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Performance.enable');
    const metrics = async (): Promise<Map<string, number>> =>
      new Map(
        (
          (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
        ).metrics.map((m) => [m.name, m.value]),
      );
    let before = new Map<string, number>();
    const query = values.query;
    if (values.place === 'cold') {
      before = await metrics();
      await cdp.send('Profiler.start');
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('[data-search-results] a[href*="#"]').first().waitFor({ timeout: 20_000 });
    } else {
      const place = PLACES[values.place === 'header' ? 0 : 1];
      if (!place) throw new Error('no place');
      await page.goto(server.url + place.path);
      await page.locator(place.input).focus();
      await page.locator(place.ready).waitFor();
      // Warm: the same query once before the profiled one.
      await page.keyboard.type(query, { delay: KEY_DELAY });
      await page.waitForTimeout(3000);
      await page.locator(place.input).fill('');
      await page.waitForTimeout(500);
      before = await metrics();
      await cdp.send('Profiler.start');
      await page.keyboard.type(query, { delay: KEY_DELAY });
      await page.waitForTimeout(3000);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const after = await metrics();
    const { byFunction, byScript } = summarise(profile);
    const delta = (name: string): string =>
      `${name} ${(((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000).toFixed(0)} ms`;
    console.log(
      ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].map(delta).join(', '),
    );
    console.log(
      `Layouts ${(after.get('LayoutCount') ?? 0) - (before.get('LayoutCount') ?? 0)}, style recalcs ${(after.get('RecalcStyleCount') ?? 0) - (before.get('RecalcStyleCount') ?? 0)}, DOM nodes now ${after.get('Nodes')}`,
    );
    console.log(`Profile of "${query}" (${values.place}); self time, ms`);
    console.log('By script:');
    for (const [name, ms] of byScript.slice(0, 10)) console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
    console.log('By function:');
    for (const [name, ms] of byFunction.slice(0, Number(values.top)))
      console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
