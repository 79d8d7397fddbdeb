// The one e2e fixture: a built site served on 127.0.0.1 at a free port and one Chromium, both for the file;
// a fresh tab for each test. Each is stopped by the fixture that started it, after its last user.
import type { Page } from 'playwright-core';
import { beforeAll, test as base } from 'vitest';
import { launchBrowser } from '../../tooling/browser.ts';
import { DIST } from '../../tooling/dist.ts';
import { serveDir } from '../../tooling/server.ts';
import { watchPage, type PageWatch } from './watch-page.ts';

/** A tab opened on the served site, and what went wrong on it so far. */
export interface OpenedTab {
  tab: Page;
  watch: PageWatch;
}

/** How `open` opens a tab: at another origin than the served site's, with a viewport, or scripts off. */
export interface OpenOptions {
  origin?: string;
  viewport?: { width: number; height: number };
  /** False opens the page as a reader who turned JavaScript off sees it. */
  javaScript?: boolean;
}

/** The test API of the e2e files. */
export const test = base
  // The folder to serve: the site under test unless a file builds one of its own (see `serveBuild`).
  .extend('siteDir', { scope: 'file' }, async (): Promise<string> => DIST)
  .extend('site', { scope: 'file' }, async ({ siteDir }, { onCleanup }) => {
    const served = await serveDir(siteDir);
    onCleanup(() => served.close());
    return served;
  })
  // eslint-disable-next-line no-empty-pattern -- Vitest reads what a fixture needs from this pattern.
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  // A fresh tab, not yet on any page: for tests that set it up (media, init scripts) before they go.
  .extend('page', async ({ browser }, { onCleanup }) => {
    const page = await browser.newPage();
    onCleanup(() => page.close());
    return page;
  })
  // Opens `path` in a new tab watched from the start, on the served site unless `origin` says otherwise.
  .extend('open', async ({ browser, site }, { onCleanup }) => {
    const tabs: Page[] = [];
    onCleanup(async () => {
      await Promise.all(tabs.map((tab) => tab.close()));
    });
    return async (path: string, options: OpenOptions = {}): Promise<OpenedTab> => {
      const tab = await browser.newPage();
      tabs.push(tab);
      if (options.viewport) await tab.setViewportSize(options.viewport);
      if (options.javaScript === false) await disableJavaScript(tab);
      const origin = options.origin ?? site.url;
      const watch = watchPage(tab, origin);
      await tab.goto(origin + path);
      return { tab, watch };
    };
  });

/**
 * Serves, in the calling file, the site that `build` makes instead of the site under test. The build runs
 * in a `beforeAll`, under the hook timeout rather than the first test's. Call it at the top of the file.
 */
export function serveBuild(build: () => Promise<string>): void {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await build();
  });
  test.override('siteDir', { scope: 'file' }, async () => {
    if (dir === undefined) throw new Error('serveBuild: the fixture build has not run');
    return dir;
  });
}

/** Turns JavaScript off in `page` before it loads anything. */
async function disableJavaScript(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
}

export { describe, expect } from 'vitest';
