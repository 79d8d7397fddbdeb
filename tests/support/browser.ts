// Debian's Chromium driven by playwright-core, plus a watcher that fails a test on any page problem.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Flags that keep a headless Chromium from stalling on this closed network; Lighthouse's launcher uses them too. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A Chromium with its own throwaway profile. */
export interface LaunchedBrowser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const open = new Set<LaunchedBrowser>();

/** Launches /usr/bin/chromium headless with a fresh temporary user-data dir, removed on close. */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'tip-chromium-'));
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
    })
    .catch(async (error: unknown) => {
      await rm(userDataDir, { recursive: true, force: true });
      throw new Error(`Could not launch /usr/bin/chromium (install Debian's chromium package)`, {
        cause: error,
      });
    });
  const launched: LaunchedBrowser = {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      open.delete(launched);
      try {
        await context.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  };
  open.add(launched);
  return launched;
}

/** Closes every browser launched by this module and removes their profiles (for an `afterAll`). */
export async function close(): Promise<void> {
  await Promise.all([...open].map((browser) => browser.close()));
}

/** What went wrong on a page so far, and an assertion that nothing did. */
export interface PageWatch {
  problems: string[];
  assertNone(): void;
}

/** Records console errors, page errors, CSP violations and requests to any origin but `origin`. */
export function watchPage(page: Page, origin: string): PageWatch {
  const expected = new URL(origin).origin;
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    const where = message.location().url
      ? ` (${message.location().url}:${message.location().lineNumber})`
      : '';
    if (text.includes('Content Security Policy')) problems.push(`CSP violation: ${text}${where}`);
    else if (message.type() === 'error') problems.push(`console error: ${text}${where}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and about: URLs never leave the page; blob: URLs carry the page's own origin.
    if (url.protocol === 'data:' || url.protocol === 'about:') return;
    if (url.origin !== expected) problems.push(`request to another origin: ${request.method()} ${url.href}`);
  });
  return {
    problems,
    assertNone() {
      if (problems.length > 0) {
        throw new Error(`${problems.length} problem(s) on ${page.url()}:\n- ${problems.join('\n- ')}`);
      }
    },
  };
}
