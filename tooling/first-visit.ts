// What a first visit to a built page downloads before the reader can interact, measured from the files in dist/.
import { load } from 'cheerio';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { distFile } from '../src/publish/urls.ts';
import { DIST, urlOf } from './dist.ts';

/** One file a first visit fetches, with its size on the wire. */
export interface FetchedFile {
  /** URL path, e.g. `/_astro/BaseLayout.abc123.css`, or the page's own path for its HTML. */
  url: string;
  kind: 'html' | 'css' | 'js';
  /** Bytes after gzip at zlib's default level, as a static host compresses on the fly. */
  gzip: number;
}

/** Everything a page's first visit loads before interaction, and the total. */
export interface FirstVisit {
  page: string;
  files: FetchedFile[];
  totalGzip: number;
}

const sameSite = new URL('https://site.invalid/');
const CSS_IMPORT = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g;

/** The dist/ file behind a same-site URL, or undefined for another origin. */
function fileFor(url: URL, dir: string): string | undefined {
  if (url.origin !== sameSite.origin) return undefined;
  return path.join(dir, distFile(url.pathname));
}

/**
 * Static `import`s of an ES module (`import "./x.js"`, `import {a} from "./x.js"`, `export … from`), which the
 * browser fetches before running it. Dynamic `import()` is left out: that is code loaded on demand.
 */
export function staticImports(source: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?(["'])([^"']+)\1/g;
  for (const match of source.matchAll(pattern)) {
    if (match[2]) found.add(match[2]);
  }
  return [...found];
}

/**
 * Measures a built page's first visit: its HTML, its stylesheets and its scripts (with the modules they import
 * statically), each counted once. Module preloads count too, since the browser fetches them at once.
 */
export async function firstVisit(page: string, dir: string = DIST): Promise<FirstVisit> {
  const html = await readFile(path.join(dir, page));
  const pageUrl = new URL(urlOf(page), sameSite);
  const files: FetchedFile[] = [{ url: pageUrl.pathname, kind: 'html', gzip: gzipSync(html).length }];
  const seen = new Set<string>();
  const $ = load(html.toString('utf8'));

  const add = async (href: string, base: URL, kind: 'css' | 'js'): Promise<void> => {
    const url = new URL(href, base);
    const file = fileFor(url, dir);
    if (!file || seen.has(url.pathname)) return;
    seen.add(url.pathname);
    const bytes = await readFile(file);
    files.push({ url: url.pathname, kind, gzip: gzipSync(bytes).length });
    if (kind === 'js') {
      for (const specifier of staticImports(bytes.toString('utf8'))) await add(specifier, url, 'js');
    } else {
      for (const match of bytes.toString('utf8').matchAll(CSS_IMPORT)) await add(match[1] ?? '', url, 'css');
    }
  };

  for (const el of $('link[rel~="stylesheet"][href]').toArray())
    await add($(el).attr('href') ?? '', pageUrl, 'css');
  for (const el of $('script[src], link[rel~="modulepreload"][href]').toArray()) {
    const href = $(el).attr('src') ?? $(el).attr('href') ?? '';
    await add(href, pageUrl, 'js');
  }
  // An inline module's own bytes are in the HTML already; what it imports is fetched before it runs.
  for (const el of $('script[type="module"]:not([src])').toArray()) {
    for (const specifier of staticImports($(el).text())) await add(specifier, pageUrl, 'js');
  }
  return { page, files, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}
