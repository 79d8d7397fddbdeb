// What a reader notices: the theme switch, reading without JavaScript, reflow at 320 px and 200% zoom, the skip
// link, and print. Screenshots of a section page go to .output/screenshots/ for a person to look at.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { auditPages, requiredPath } from '../../tooling/audit-pages.ts';
import { urlOf } from '../../tooling/dist.ts';
import { gatePages } from '../../tooling/gate-pages.ts';
import { ROOT } from '../../tooling/paths.ts';
import { describe, expect, test as it } from '../support/e2e.ts';

const SCREENSHOTS = path.join(ROOT, '.output', 'screenshots');
const DARK_BG = 'rgb(21, 23, 26)';
const LIGHT_BG = 'rgb(255, 255, 255)';

const urls = (await gatePages()).map(urlOf);
// The pages read: a section page, and the overview for a second page; a site without them fails the tests.
const audited = await auditPages();
const sectionPage = () => requiredPath(audited, 'section');

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeSelect = (page: Page) => page.getByRole('combobox', { name: 'Theme' });

describe('theme switch', () => {
  it.afterEach(async ({ page }) => {
    // The browser profile is shared by the tests in this file: forget any choice a test made.
    if (page.url().startsWith('http')) await page.evaluate(() => localStorage.clear());
  });

  it('follows the system theme until the reader chooses', async ({ page: tab, site }) => {
    await tab.emulateMedia({ colorScheme: 'dark' });
    await tab.goto(`${site.url}/`);
    expect(await background(tab)).toBe(DARK_BG);
    await tab.emulateMedia({ colorScheme: 'light' });
    expect(await background(tab)).toBe(LIGHT_BG);
    await expect(themeSelect(tab).inputValue()).resolves.toBe('system');
  });

  it('applies a chosen theme at once and remembers it on the next page', async ({ page: tab, site }) => {
    await tab.goto(`${site.url}/`);
    await themeSelect(tab).selectOption('dark');
    expect(await background(tab)).toBe(DARK_BG);
    await tab.goto(site.url + requiredPath(audited, 'overview'));
    expect(await background(tab)).toBe(DARK_BG);
    await expect(themeSelect(tab).inputValue()).resolves.toBe('dark');
  });

  it('lets a light choice override a dark system, and System undo it', async ({ page: tab, site }) => {
    await tab.emulateMedia({ colorScheme: 'dark' });
    await tab.goto(`${site.url}/`);
    await themeSelect(tab).selectOption('light');
    expect(await background(tab)).toBe(LIGHT_BG);
    await themeSelect(tab).selectOption('system');
    expect(await background(tab)).toBe(DARK_BG);
    await tab.reload();
    expect(await background(tab)).toBe(DARK_BG);
  });

  it('has the remembered theme in place before any of the body arrives (no flash of the other theme)', async ({
    page: tab,
    site,
  }) => {
    await tab.goto(`${site.url}/`);
    await themeSelect(tab).selectOption('dark');
    // Serve the page cut off right after <body>: only what runs in <head> can have applied the theme.
    const response = await fetch(`${site.url}/`);
    const html = await response.text();
    const headOnly = html.slice(
      0,
      html.indexOf('<body') + html.slice(html.indexOf('<body')).indexOf('>') + 1,
    );
    await tab.route(`${site.url}/`, (route) => route.fulfill({ contentType: 'text/html', body: headOnly }));
    try {
      await tab.goto(`${site.url}/`);
      expect(await background(tab)).toBe(DARK_BG);
    } finally {
      await tab.unrouteAll();
    }
  });
});

describe('without JavaScript', () => {
  it.for(urls)('%s shows all its text, and no theme switch that could not work', async (url, { open }) => {
    const { tab: noScript } = await open(url, { javaScript: false });
    const hidden = await noScript.evaluate(() =>
      [...document.querySelectorAll('main :is(h1, h2, h3, p, li, dt, dd, td, th, blockquote)')]
        // Popovers, closed <details> and dialogs open without scripts, at the reader's request.
        .filter((el) => !el.closest('[popover], details:not([open]), dialog:not([open])'))
        .filter(
          (el) =>
            el.textContent?.trim() &&
            !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        )
        .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.trim().slice(0, 40)}`),
    );
    expect(hidden).toEqual([]);
    await expect(noScript.locator('h1').isVisible()).resolves.toBe(true);
    await expect(noScript.locator('.theme-switch').isVisible()).resolves.toBe(false);
  });
});

describe('reflow', () => {
  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it.for(urls)('%s needs no horizontal scrolling at 320 px', async (url, { page: narrow, site }) => {
    await narrow.setViewportSize({ width: 320, height: 640 });
    await narrow.goto(site.url + url);
    expect(await overflow(narrow)).toBeLessThanOrEqual(0);
  });

  // A 1280 px window at 200% zoom lays out 640 CSS pixels.
  it.for(urls)(
    '%s needs no horizontal scrolling in a 1280 px window at 200% zoom',
    async (url, { page: narrow, site }) => {
      await narrow.setViewportSize({ width: 640, height: 400 });
      await narrow.goto(site.url + url);
      expect(await overflow(narrow)).toBeLessThanOrEqual(0);
    },
  );
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main content', async ({
    page,
    site,
  }) => {
    await page.goto(site.url + sectionPage());
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip.textContent()).resolves.toMatch(/skip to (main )?content/i);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });
});

describe('focus and motion', () => {
  it('every control reached with Tab on a section page shows where the focus is', async ({ page, site }) => {
    await page.goto(site.url + sectionPage());
    const unmarked: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const label = `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
        return { label, marked: ring || style.boxShadow !== 'none' };
      });
      if (!focused || seen.has(focused.label)) break;
      seen.add(focused.label);
      if (!focused.marked) unmarked.push(focused.label);
    }
    expect(seen.size).toBeGreaterThan(5);
    expect(unmarked).toEqual([]);
  });

  it('asks for no motion when the reader prefers reduced motion', async ({ page, site }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(site.url + sectionPage());
    const motion = await page.evaluate(() => ({
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
      animations: document.getAnimations().length,
    }));
    expect(motion).toEqual({ scroll: 'auto', animations: 0 });
  });
});

describe('a section page, as it looks', () => {
  it.beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

  // How the page looks on screen: saved for a person to look at, and checked where a test can tell.
  const SCREENS = [
    {
      name: 'in the light theme',
      file: 'section-light',
      colorScheme: 'light',
      viewport: { width: 1024, height: 768 },
      check: async (page: Page) => expect(await background(page)).toBe(LIGHT_BG),
    },
    {
      name: 'in the dark theme',
      file: 'section-dark',
      colorScheme: 'dark',
      viewport: { width: 1024, height: 768 },
      check: async (page: Page) => expect(await background(page)).toBe(DARK_BG),
    },
    {
      name: 'at 320 px',
      file: 'section-320',
      colorScheme: 'light',
      viewport: { width: 320, height: 640 },
      check: async (page: Page) =>
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320),
    },
  ] as const;

  it.for(SCREENS)('$name', async (screen, { page, site }) => {
    await page.emulateMedia({ colorScheme: screen.colorScheme, media: 'screen' });
    await page.setViewportSize(screen.viewport);
    await page.goto(site.url + sectionPage());
    await shoot(page, screen.file);
    await screen.check(page);
  });

  it('printed: black on white, no navigation or controls, and where it came from', async ({ page, site }) => {
    // A dark screen theme must not reach the paper.
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.goto(site.url + sectionPage());
    await shoot(page, 'section-print');
    expect(await background(page)).toBe(LIGHT_BG);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('nav, button, input, select, .skip-link')]
        .filter((el) => el.checkVisibility())
        .map((el) => el.outerHTML.slice(0, 60)),
    );
    expect(shown).toEqual([]);
    await expect(page.getByText(/^Printed from https?:\/\//).isVisible()).resolves.toBe(true);
  });
});
