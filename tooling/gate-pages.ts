// The pages the quality gates check: every built HTML page a reader reads.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST, htmlPages } from './dist.ts';

/**
 * Every built page except the stubs Astro writes for `redirects` (a `<meta http-equiv="refresh">` and a link,
 * no layout): a reader never stays on one, and the links gate still follows their links.
 */
export async function gatePages(dir: string = DIST): Promise<string[]> {
  const pages: string[] = [];
  for (const page of await htmlPages(dir)) {
    const html = await readFile(path.join(dir, page), 'utf8');
    if (!/<meta\s+http-equiv=["']?refresh/i.test(html)) pages.push(page);
  }
  return pages;
}
