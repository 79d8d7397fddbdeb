// Search in `astro dev`: the dev server serves /pagefind/ from an index of the current seeds, and indexes
// again when a seed is added, so that search finds the new document's findings.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildEnv, childEnv } from '../../tooling/build-env.ts';
import { ROOT } from '../../tooling/paths.ts';
import { describe, expect, test as it } from '../support/e2e.ts';

const SEED = 'seeds/china-2010-tip-interim-assessment.txt';
const SEEDS = path.join(ROOT, '.output/search-dev-seeds');
/** How long the dev server may take to start and index, on a busy machine. */
const START_MS = 240_000;

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

let dev: ChildProcess | undefined;
let origin = '';
let log = '';

beforeAll(async () => {
  await rm(SEEDS, { recursive: true, force: true });
  await mkdir(SEEDS, { recursive: true });
  await copyFile(path.join(ROOT, SEED), path.join(SEEDS, path.basename(SEED)));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: ROOT, env: childEnv(buildEnv({ name: 'search-dev', seedsDir: SEEDS })) },
  );
  dev.stdout?.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  dev.stderr?.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  // Started once the dev server says it has indexed the seeds (or, after START_MS, fails with its log).
  const started = Date.now();
  while (!/dev search: indexed \d+ section pages/.test(log)) {
    if (Date.now() - started > START_MS || dev.exitCode !== null)
      throw new Error(`astro dev did not index the seeds:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, START_MS + 10_000);

afterAll(async () => {
  // The dev server's output, kept for a failed run to be read.
  await writeFile(path.join(ROOT, '.output/search-dev/dev.log'), log).catch(() => undefined);
  if (!dev || dev.exitCode !== null) return;
  const exited = new Promise((resolve) => dev?.once('exit', resolve));
  dev.kill();
  await exited;
});

/** The section pages the search page links for `query`, once it shows results. */
async function resultPages(tab: Page, query: string): Promise<Set<string>> {
  await tab.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  const links = tab.locator('[data-search-results] a[href*="#"]');
  await links.first().waitFor({ timeout: 30_000 });
  return new Set(
    await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
  );
}

describe('search in astro dev', () => {
  it('finds a seed’s findings, and a seed added while it runs', async ({ browser }) => {
    const tab = await browser.newPage();
    await tab.setViewportSize({ width: 1280, height: 3000 });
    expect([...(await resultPages(tab, 'North Koreans'))].every((p) => p.startsWith('/china-2010/'))).toBe(
      true,
    );

    const text = await readFile(path.join(ROOT, SEED), 'utf8');
    await writeFile(
      path.join(SEEDS, 'ruritania.txt'),
      text.replaceAll('Interim Assessment - China', 'Interim Assessment - Ruritania'),
    );
    await expect
      .poll(
        async () =>
          [...(await resultPages(tab, 'North Koreans'))].some((p) => p.startsWith('/ruritania-2010/')),
        {
          timeout: 120_000,
          interval: 2000,
        },
      )
      .toBe(true);
    await tab.close();
  }, 200_000);
});
