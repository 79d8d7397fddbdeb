// Gate: Lighthouse (mobile) scores accessibility, best practices and SEO at 100 on the home page, an overview,
// a section page and the search page. Performance depends on the machine's load: `npm run audit` prints it.
import { auditPages, requiredPath } from '../../tooling/audit-pages.ts';
import { runLighthouse, type LighthouseReport } from '../../tooling/lighthouse.ts';
import { describe, expect, test as it } from '../support/e2e.ts';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const pages = await auditPages();
const present = pages.filter((p) => p.path !== undefined);
const reports = new Map<string, LighthouseReport>();

// Lighthouse runs its own Chromium: this file takes only the served site from the e2e fixture.
it.beforeAll(async ({ site }) => {
  const results = await runLighthouse(
    present.map((p) => site.url + p.path),
    CATEGORIES,
  );
  present.forEach((page, i) => reports.set(page.label, results[i]!));
}, 600_000);

describe.each(pages)('Lighthouse on the $label page', ({ label, path }) => {
  // A page the site lacks fails each of its tests.
  it.each(CATEGORIES)(`scores 100 for %s (${path ?? 'not built'})`, (category) => {
    requiredPath(pages, label);
    const report = reports.get(label)!;
    const failing = report.failing.filter((f) => f.startsWith(`${category}:`));
    expect({ score: report.scores[category], failing }).toEqual({ score: 1, failing: [] });
  });
});
