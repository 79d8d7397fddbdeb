// Gate: every built page, in the light and the dark theme, passes axe and runs clean in Chromium: no console
// error, no CSP violation, no request to another origin, and no search code fetched before a search starts.
// The search page is checked again with results on it.
import type { Result } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe.ts';
import { launchBrowser, watchPage, type LaunchedBrowser } from '../support/browser.ts';
import { auditPages } from '../support/audit-pages.ts';
import { DIST, loadPage, urlOf } from '../support/dist.ts';
import { gatePages } from '../support/gate-pages.ts';
import { serveDir, type ServedDir } from '../support/server.ts';

interface Visit {
  violations: Result[];
  problems: string[];
  searchRequests: string[];
}

const pages = await gatePages();
const THEMES = ['light', 'dark'] as const;
const visits = new Map<string, Visit>();
let server: ServedDir;
let browser: LaunchedBrowser;

async function visit(page: string, theme: (typeof THEMES)[number]): Promise<Visit> {
  const tab = await browser.newPage();
  try {
    await tab.emulateMedia({ colorScheme: theme });
    const watch = watchPage(tab, server.url);
    const searchRequests: string[] = [];
    tab.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) searchRequests.push(request.url());
    });
    // Network idle: code a page fetches "while idle" after load counts as loaded before interaction.
    await tab.goto(server.url + urlOf(page), { waitUntil: 'networkidle' });
    return { violations: await runAxe(tab), problems: watch.problems, searchRequests };
  } finally {
    await tab.close();
  }
}

// The search page with results on it, as a reader sees it after searching for a section's title.
const audited = await auditPages();
const sectionPath = audited.find((p) => p.label === 'section')?.path;
const searchPath = audited.find((p) => p.label === 'search')?.path;
const query = sectionPath
  ? (await loadPage(sectionPath))('h1').first().text().trim().split(/\s+/)[0]
  : undefined;
const searchWithResults = searchPath && query ? `${searchPath}?q=${encodeURIComponent(query)}` : undefined;

async function visitSearch(url: string, theme: (typeof THEMES)[number]): Promise<Visit> {
  const tab = await browser.newPage();
  try {
    await tab.emulateMedia({ colorScheme: theme });
    const watch = watchPage(tab, server.url);
    await tab.goto(server.url + url);
    await tab.locator('[data-search-results] a[href]').first().waitFor();
    return { violations: await runAxe(tab), problems: watch.problems, searchRequests: [] };
  } finally {
    await tab.close();
  }
}

beforeAll(async () => {
  server = await serveDir(DIST);
  browser = await launchBrowser();
  // Each page once per theme; the tests below read what these visits saw.
  for (const theme of THEMES) {
    for (const page of pages) visits.set(`${theme} ${page}`, await visit(page, theme));
    if (searchWithResults) visits.set(`${theme} search`, await visitSearch(searchWithResults, theme));
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(THEMES)('%s theme', (theme) => {
  it.each(pages)('axe finds no violation on %s', (page) => {
    expect(describeViolations(visits.get(`${theme} ${page}`)!.violations)).toEqual([]);
  });

  it.each(pages)('%s logs no error, breaks no CSP rule and calls no other origin', (page) => {
    expect(visits.get(`${theme} ${page}`)!.problems).toEqual([]);
  });

  it.each(pages)('%s fetches no search code before a search starts', (page) => {
    expect(visits.get(`${theme} ${page}`)!.searchRequests).toEqual([]);
  });

  it.skipIf(!searchWithResults)(
    `axe finds no violation on ${searchWithResults ?? '/search/'} showing results`,
    () => {
      expect(describeViolations(visits.get(`${theme} search`)!.violations)).toEqual([]);
    },
  );

  it.skipIf(!searchWithResults)(
    'searching logs no error, breaks no CSP rule and calls no other origin',
    () => {
      expect(visits.get(`${theme} search`)!.problems).toEqual([]);
    },
  );
});
