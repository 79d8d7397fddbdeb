// Lighthouse (mobile preset, its default) driving Debian's Chromium through chrome-launcher.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS } from './browser.ts';

/** One page's category scores (0–1) and what kept any of them below 1. */
export interface LighthouseReport {
  url: string;
  scores: Record<string, number | null>;
  /** `category: audit id — title` for each scored audit that did not pass. */
  failing: string[];
  /** Largest Contentful Paint in milliseconds (simulated mobile), when performance was audited. */
  lcpMs: number | undefined;
  /** Cumulative Layout Shift of the page's load, when performance was audited. */
  cls: number | undefined;
}

/**
 * Audits each URL in turn with one Chromium (fresh profile, removed afterwards). Categories are Lighthouse ids:
 * `performance`, `accessibility`, `best-practices`, `seo`.
 */
export async function runLighthouse(urls: string[], categories: string[]): Promise<LighthouseReport[]> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'tip-lighthouse-'));
  const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROMIUM_FLAGS, userDataDir });
  try {
    const reports: LighthouseReport[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: categories,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
      const scores: Record<string, number | null> = {};
      const failing: string[] = [];
      for (const [id, category] of Object.entries(lhr.categories)) {
        scores[id] = category.score;
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            failing.push(`${id}: ${ref.id} — ${audit.title}`);
          }
        }
      }
      reports.push({
        url,
        scores,
        failing,
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      });
    }
    return reports;
  } finally {
    chrome.kill();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
