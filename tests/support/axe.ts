// axe-core run inside a page: WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus Deque's best practices.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets the gate runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Rules turned off, each with its reason and a link. Keep it empty unless a rule is wrong for this site.
 * Example entry: `'some-rule': 'why it does not apply, https://dequeuniversity.com/rules/axe/4.14/some-rule'`.
 */
export const AXE_DISABLED: Readonly<Record<string, string>> = {};

/**
 * Runs axe on the page as it is now. The script is evaluated through the DevTools protocol, which the page's
 * CSP does not govern, so the policy under test stays as built.
 */
export async function runAxe(page: Page): Promise<Result[]> {
  await page.evaluate(await AXE_SOURCE);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(Object.keys(AXE_DISABLED).map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    (opts) =>
      (window as unknown as { axe: { run(ctx: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(
        document,
        opts,
      ),
    options,
  );
  return results.violations;
}

/** One line per violation and element, readable in a test failure. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ') ?? v.help}`,
    ),
  );
}
