// Reading a built site: which files and pages it has and their parsed HTML.
import { load, type CheerioAPI } from 'cheerio';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { distFile, distUrl } from '../src/publish/urls.ts';
import { DIST } from './paths.ts';

export { DIST } from './paths.ts';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export async function filesIn(dir: string = DIST): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The HTML pages of a built site, relative paths such as `china-2010/summary/index.html`. */
export async function htmlPages(dir: string = DIST): Promise<string[]> {
  return (await filesIn(dir)).filter((f) => f.endsWith('.html'));
}

/** The URL path a built HTML file is served at: `china-2010/summary/index.html` → `/china-2010/summary/`. */
export const urlOf: (file: string) => string = distUrl;

/** A built page's HTML, parsed. `page` is a URL path (`/china-2010/`) or a file path relative to the site. */
export async function loadPage(page: string, dir: string = DIST): Promise<CheerioAPI> {
  const file = page.endsWith('.html') ? page.replace(/^\//, '') : distFile(page);
  return load(await readFile(path.join(dir, file), 'utf8'));
}
