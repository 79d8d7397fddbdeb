// Reading the built site: which pages exist and their parsed HTML.
import { load, type CheerioAPI } from 'cheerio';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './build-site.ts';

/** The built site under test: `TIP_OUT_DIR` when set (a build of one's own), else `dist/`. */
export const DIST = path.resolve(ROOT, process.env['TIP_OUT_DIR'] ?? 'dist');

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
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A built page's HTML, parsed. `page` is a URL path (`/china-2010/`) or a file path relative to the site. */
export async function loadPage(page: string, dir: string = DIST): Promise<CheerioAPI> {
  const file = page.endsWith('.html') ? page : path.posix.join(page, 'index.html');
  return load(await readFile(path.join(dir, file), 'utf8'));
}
