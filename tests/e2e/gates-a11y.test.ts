// Gate: every built page, in the light and the dark theme, passes axe and runs clean in Chromium: no console
// error, no CSP violation, no request to another origin, and no search code fetched before a search starts.
// The search page is checked again with results on it.
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { auditPages, requiredPath } from '../../tooling/audit-pages.ts';
import type { LaunchedBrowser } from '../../tooling/browser.ts';
import { loadPage, urlOf } from '../../tooling/dist.ts';
import { gatePages } from '../../tooling/gate-pages.ts';
import type { ServedDir } from '../../tooling/server.ts';
import { describeViolations, runAxe } from '../support/axe.ts';
import { describe, expect, test as it } from '../support/e2e.ts';
import { watchPage } from '../support/watch-page.ts';

interface Visit {
  violations: Result[];
  problems: string[];
  searchRequests: string[];
}

const pages = await gatePages();
const THEMES = ['light', 'dark'] as const;
const visits = new Map<string, Visit>();

/** The served site and the browser the visits use, from the e2e fixture. */
interface Visitor {
  site: ServedDir;
  browser: LaunchedBrowser;
}

/**
 * Opens a new tab in `theme`, lets `go` load a page in it, and records what axe and the watcher found and
 * which search files were fetched.
 */
async function visit(
  { site, browser }: Visitor,
  theme: (typeof THEMES)[number],
  go: (tab: Page) => Promise<unknown>,
): Promise<Visit> {
  const tab = await browser.newPage();
  try {
    await tab.emulateMedia({ colorScheme: theme });
    const watch = watchPage(tab, site.url);
    const searchRequests: string[] = [];
    tab.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) searchRequests.push(request.url());
    });
    await go(tab);
    return { violations: await runAxe(tab), problems: watch.problems, searchRequests };
  } finally {
    await tab.close();
  }
}

// The search page with results on it, as a reader sees it after searching for a section's title. A site
// without a section or a search page fails the tests of this visit (requiredPath).
const audited = await auditPages();
const sectionPath = audited.find((p) => p.label === 'section')?.path;
const searchPath = audited.find((p) => p.label === 'search')?.path;
const query = sectionPath
  ? (await loadPage(sectionPath))('h1').first().text().trim().split(/\s+/)[0]
  : undefined;
const searchWithResults = searchPath && query ? `${searchPath}?q=${encodeURIComponent(query)}` : undefined;
const searchVisit = (theme: (typeof THEMES)[number]): Visit => {
  requiredPath(audited, 'section');
  requiredPath(audited, 'search');
  return visits.get(`${theme} search`)!;
};

it.beforeAll(async ({ site, browser }) => {
  // Each page once per theme; the tests below read what these visits saw.
  for (const theme of THEMES) {
    for (const page of pages) {
      // Network idle: code a page fetches "while idle" after load counts as loaded before interaction.
      const ready = (tab: Page) => tab.goto(site.url + urlOf(page), { waitUntil: 'networkidle' });
      visits.set(`${theme} ${page}`, await visit({ site, browser }, theme, ready));
    }
    if (searchWithResults) {
      const ready = async (tab: Page) => {
        await tab.goto(site.url + searchWithResults);
        await tab.locator('[data-search-results] a[href]').first().waitFor();
      };
      visits.set(`${theme} search`, await visit({ site, browser }, theme, ready));
    }
  }
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

  it(`axe finds no violation on ${searchWithResults ?? '/search/'} showing results`, () => {
    expect(describeViolations(searchVisit(theme).violations)).toEqual([]);
  });

  it('searching logs no error, breaks no CSP rule and calls no other origin', () => {
    expect(searchVisit(theme).problems).toEqual([]);
  });
});
