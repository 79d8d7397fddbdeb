// Robust client code: every page opened with hostile addresses (malformed percent-escapes, a very long
// fragment, markup in ?q= and ?highlight=, a javascript: fragment, unicode) runs clean: no page error, no
// dialog, nothing injected, and a moved finding is still forwarded afterwards. Fixture build with renames.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../tooling/browser.ts';
import { watchPage } from '../support/watch-page.ts';
import { urlOf } from '../../tooling/dist.ts';
import { gatePages } from '../../tooling/gate-pages.ts';
import { serveDir, type ServedDir } from '../../tooling/server.ts';
import { buildRenamed } from '../build/links-renamed-fixture.ts';

/** Markup that would show up as an element carrying `data-hostile` if any script inserted it as HTML. */
const MARKUP = '<img src=x onerror=alert(1) data-hostile><b data-hostile>x</b>';

/** Suffixes to a page's address, each with a name for the report; each is opened as a fresh page load. */
const HOSTILE: readonly (readonly [name: string, suffix: string])[] = [
  ['a lone percent sign', '#100%'],
  ['a truncated escape', '#%E0%A4%A'],
  ['a bare percent', '#%'],
  ['an 8,000-character fragment', `#${'a%'.repeat(4000)}`],
  ['a javascript: fragment', '#javascript:alert(1)'],
  ['markup in the fragment', `#${encodeURIComponent(MARKUP)}`],
  ['markup in ?q=', `?q=${encodeURIComponent(MARKUP)}`],
  ['markup in ?highlight=', `?highlight=${encodeURIComponent(MARKUP)}&q=%`],
  ['malformed escapes in the query', '?q=%E0%A4%A&highlight=%'],
  ['unicode', `?q=${encodeURIComponent('中文 ünïcödé 😀 \u202e')}#${encodeURIComponent('中文-😀')}`],
];

/** In the fixture, this finding stood once on the summary page and now lives on protection. */
const MOVED = {
  from: '/china-2010/summary/',
  id: 'all-these-efforts-however-need-to',
  to: '/china-2010/protection/',
};

// Built while the file is collected: the tests are one per page of this build.
const dir = await buildRenamed('hosts-hostile-urls');
const pages = (await gatePages(dir)).map(urlOf);
let server: ServedDir;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await serveDir(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile addresses', () => {
  it.each(pages)('%s runs clean with each of them', async (page) => {
    const tab = await browser.newPage();
    const watch = watchPage(tab, server.url);
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      for (const [name, suffix] of HOSTILE) {
        await tab.goto('about:blank');
        await tab.goto(server.url + page + suffix, {
          waitUntil: suffix.startsWith('?') ? 'networkidle' : 'load',
        });
        const injected = await tab.evaluate(() => document.querySelectorAll('[data-hostile]').length);
        expect(injected, `elements injected by ${name}`).toBe(0);
      }
      expect(dialogs).toEqual([]);
      watch.assertNone();
    } finally {
      await tab.close();
    }
  });

  it.each(HOSTILE)('a moved finding is still forwarded after %s', async (_, suffix) => {
    const tab = await browser.newPage();
    const watch = watchPage(tab, server.url);
    try {
      await tab.goto(server.url + MOVED.from + suffix);
      await tab.evaluate((id) => (location.hash = id), MOVED.id);
      await tab.waitForURL(`${server.url}${MOVED.to}#${MOVED.id}`);
      watch.assertNone();
    } finally {
      await tab.close();
    }
  });
});
