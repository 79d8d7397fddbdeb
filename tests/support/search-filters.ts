// The search page's filters, as a reader opens them: the closed "Filters" disclosure, then one filter's group.
import type { Page } from 'playwright-core';

/** Opens the search page's "Filters" disclosure and, inside it, the group of filter `name`. */
export async function openFilter(tab: Page, name: string): Promise<void> {
  await tab.locator('details.search-filters').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const group = tab.locator(`details.pf-filter-group[data-filter-name="${name}"]`);
  await group.waitFor({ state: 'attached' });
  await group.evaluate((d) => ((d as HTMLDetailsElement).open = true));
}
