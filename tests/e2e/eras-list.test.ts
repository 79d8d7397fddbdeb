// A reader in Chromium on a document of the 2020 layout (tests/fixtures/eras/): its recommendations, one "•"
// bullet a line in the export, are a list on the page, and each item's link copies that item's own address;
// its list and the export's tier line pass axe.
import type { Page } from 'playwright-core';
import { absoluteUrl, documentPath } from '../../src/publish/urls.ts';
import { SITE } from '../../src/site.config.ts';
import { buildSite } from '../../tooling/build-site.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { describeViolations, runAxe } from '../support/axe.ts';
import { describe, expect, serveBuild, test as it } from '../support/e2e.ts';

const SEEDS = 'tests/fixtures/eras';
serveBuild(() => buildSite({ seedsDir: SEEDS, name: 'eras-e2e' }));

const doc = (await documentsIn(SEEDS)).find((d) => d.meta.slug === 'freedonia-2020-report');
const list = doc?.paragraphs.find((p) => p.section === 'recommendations' && p.list);
if (!doc || !list) throw new Error('the 2020 fixture has no list of recommendations');
const page = documentPath(doc.meta.slug, 'recommendations');
const publicOrigin = new URL(SITE.url).origin;

const clipboard = (tab: Page): Promise<string> => tab.evaluate(() => navigator.clipboard.readText());

it.beforeAll(async ({ browser, site }) => {
  for (const origin of [site.url, publicOrigin]) {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
});

describe('the recommendations of a 2020-layout document', () => {
  it('are a list, one item per recommendation', async ({ open }) => {
    const { tab, watch } = await open(page);
    const items = tab.getByRole('main').getByRole('list').getByRole('listitem');
    expect(await items.count()).toBe(list.findings.length);
    const texts = await items.locator('.finding').allTextContents();
    expect(texts).toEqual(list.findings.map((f) => f.text));
    watch.assertNone();
  });

  it('copies each item’s own address from its link', async ({ open }) => {
    const { tab, watch } = await open(page);
    const items = tab.getByRole('main').getByRole('list').getByRole('listitem');
    for (const [i, finding] of list.findings.entries()) {
      const item = items.nth(i);
      await item.getByRole('link', { name: 'Link to this finding' }).click();
      await item.getByRole('button', { name: 'Copy link to this finding' }).click();
      await expect.poll(() => clipboard(tab)).toBe(absoluteUrl(`${page}#${finding.id}`));
    }
    watch.assertNone();
  });
});

describe('the pages of a 2020-layout document', () => {
  it.for([page, documentPath(doc.meta.slug), documentPath(doc.meta.slug, 'full-text')])(
    '%s passes axe, its list and the export’s tier line included',
    async (url, { open }) => {
      const { tab, watch } = await open(url);
      const violations = await runAxe(tab);
      expect(describeViolations(violations)).toEqual([]);
      watch.assertNone();
    },
  );
});
