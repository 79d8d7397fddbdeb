// In Chromium, links made before a rename still land: a renamed finding's old fragment marks it, and a
// finding that moved page is followed there (or, without JavaScript, pointed to). Fixture build with renames.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchPage, type LaunchedBrowser } from '../support/browser.ts';
import { serveDir, type ServedDir } from '../support/server.ts';
import { buildRenamed } from '../build/links-renamed-fixture.ts';

let server: ServedDir;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await serveDir(await buildRenamed('links-renamed-e2e'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a renamed finding', () => {
  it('is marked when its old fragment is the target', async () => {
    const tab = await browser.newPage();
    const watch = watchPage(tab, server.url);
    await tab.goto(`${server.url}/china-2010/prosecution/#in-april-2009-chinese-officials-collaborated`);
    const finding = tab.locator('[id="in-april-2009-officials-of-china"]');
    expect(await finding.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await finding.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
    watch.assertNone();
    await tab.close();
  });
});

describe('a finding that moved to another page', () => {
  it('is followed to its new address', async () => {
    const tab = await browser.newPage();
    const watch = watchPage(tab, server.url);
    await tab.goto(`${server.url}/china-2010/summary/#all-these-efforts-however-need-to`);
    await tab.waitForURL(`${server.url}/china-2010/protection/#all-these-efforts-however-need-to`);
    expect(await tab.evaluate(() => document.querySelector(':target')?.id)).toBe(
      'all-these-efforts-however-need-to',
    );
    watch.assertNone();
    await tab.close();
  });

  it('is pointed to, when JavaScript is off', async () => {
    const tab = await browser.newPage();
    const cdp = await browser.context.newCDPSession(tab);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await tab.goto(`${server.url}/china-2010/summary/#all-these-efforts-however-need-to`);
    const note = tab.getByRole('note');
    expect(await note.isVisible()).toBe(true);
    await note.getByRole('link', { name: 'read it at its new address' }).click();
    await tab.waitForURL(`${server.url}/china-2010/protection/#all-these-efforts-however-need-to`);
    await tab.close();
  });
});
