/**
 * Whether the promises of the URL contract still hold in a built site, following src/redirects.ts: each
 * check returns what is broken, in words that say how to fix it, or undefined when the promise holds.
 */
import { load, type CheerioAPI } from 'cheerio';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { distFile } from '../src/publish/urls.ts';
import { resolveFinding, resolvePage, type Redirects } from '../src/publish/redirects/index.ts';
import { siteRedirects } from '../src/redirects.ts';
import { redirectTarget } from './contract.ts';
import { FINDING_ALIAS, findingSelector, MOVED_TO_SELECTOR } from '../src/components/finding/finding-dom.ts';

const FIX =
  'add an entry to src/redirects.ts saying where it went, or, if it is removed on purpose, run `npm run contract:update`';

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

const pageFile = (dist: string, page: string): string => path.join(dist, distFile(page));

async function loadBuilt(dist: string, page: string): Promise<CheerioAPI | undefined> {
  const file = pageFile(dist, page);
  return (await exists(file)) ? load(await readFile(file, 'utf8')) : undefined;
}

/** Checks one contract URL: the file is there, or its redirect leads to a page that is. */
export async function checkUrl(
  dist: string,
  url: string,
  redirects: Redirects = siteRedirects(),
): Promise<string | undefined> {
  if (!url.endsWith('/')) return (await exists(pageFile(dist, url))) ? undefined : `${url} is gone: ${FIX}`;
  const target = resolvePage(url, redirects);
  if (target !== url) {
    const hop = redirects.pages.find((r) => r.from === url)?.to;
    const forwards = (await exists(pageFile(dist, url))) ? await redirectTarget(dist, url) : undefined;
    if (forwards !== hop) {
      return `${url} is redirected in src/redirects.ts but the build serves no redirect there (is it in astro.config.mjs?)`;
    }
  }
  if (!(await exists(pageFile(dist, target))))
    return `${url} is gone${target === url ? '' : ` (redirected to ${target}, which is gone too)`}: ${FIX}`;
  if ((await redirectTarget(dist, target)) !== undefined)
    return `${target} is a redirect the build serves that src/redirects.ts does not list`;
  return undefined;
}

/**
 * Checks one finding address: after aliases and redirects, its page has a finding with the (new) id, and
 * the old id still works there: an alias anchor right before the finding, or a note where it moved from.
 */
export async function checkFinding(
  dist: string,
  page: string,
  id: string,
  redirects: Redirects = siteRedirects(),
): Promise<string | undefined> {
  const address = `${page}#${id}`;
  const to = resolveFinding({ page, id }, redirects);
  const $ = await loadBuilt(dist, to.page);
  if (!$) return `${address}: its page ${to.page} is gone: ${FIX}`;
  if ($(findingSelector(to.id)).length !== 1) {
    return `${address}${to.id === id ? '' : ` (now #${to.id})`} is not a finding on ${to.page}: ${FIX}`;
  }
  if (to.id === id) return undefined;
  const landed = resolvePage(page, redirects);
  if (to.page === landed) {
    const alias = $(`[id="${id}"]`);
    if (!alias.hasClass(FINDING_ALIAS) || alias.next().attr('id') !== to.id) {
      return `${address}: no alias anchor #${id} right before #${to.id} on ${to.page}`;
    }
    return undefined;
  }
  const old = await loadBuilt(dist, landed);
  if (!old) return undefined;
  const note = old(`[id="${id}"] ${MOVED_TO_SELECTOR}`).attr('href');
  return note === `${to.page}#${to.id}`
    ? undefined
    : `${address}: ${landed} has no note pointing to ${to.page}#${to.id}`;
}
