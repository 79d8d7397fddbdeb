/**
 * The URL contract: every public URL of the shipped site and every finding's permanent address, committed
 * in contract/urls.json. A URL that ships is a promise; tests/build/links-contract.test.ts fails when one
 * stops working, unless src/redirects.ts says where it went. `npm run contract:update` rewrites the file
 * on purpose, from a fresh build of seeds/.
 */
import { load } from 'cheerio';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AssessmentSchema, type Assessment } from '../src/publish/assessment-export.ts';
import { distFile, distUrl } from '../src/publish/urls.ts';
import { filesIn } from '../tooling/dist.ts';

/** The committed contract. */
export interface UrlContract {
  /** What this file is, for whoever opens it. */
  about: string;
  /** Every public URL path: pages (with their trailing slash) and data files. */
  urls: string[];
  /** For each section page, the ids of its findings: `/<doc>/<section>/#<id>` are permanent addresses. */
  findings: Record<string, string[]>;
}

export const CONTRACT_FILE = path.join(path.dirname(new URL(import.meta.url).pathname), 'urls.json');

const ABOUT =
  'Every public URL and finding address of the site built from seeds/. Do not edit by hand: a test checks ' +
  'that each still works or is redirected (src/redirects.ts); `npm run contract:update` rewrites it on purpose.';

/** Files in a built site that are not addresses anyone links to: bundles, the search index, host files. */
const NOT_PUBLIC = [/^_astro\//, /^pagefind\//, /(^|\/)_[^/]*$/, /^404\.html$/];
/** What a public URL serves: pages, and data a reader may fetch (JSON, CSV, citation files, feeds, the sitemap, robots.txt). */
const PUBLIC = /\.(?:html|json|xml|txt|ris|bib|csv)$/;

/** Every public URL of a built site, sorted. */
export async function publicUrls(dist: string): Promise<string[]> {
  return (await filesIn(dist))
    .filter((file) => PUBLIC.test(file) && !NOT_PUBLIC.some((pattern) => pattern.test(file)))
    .map(distUrl)
    .sort();
}

/** Where a built page forwards to, if it is a redirect (Astro writes a `meta refresh` page for each). */
export async function redirectTarget(dist: string, url: string): Promise<string | undefined> {
  if (!url.endsWith('/')) return undefined;
  const html = await readFile(path.join(dist, distFile(url)), 'utf8');
  const refresh = load(html)('meta[http-equiv="refresh"]').attr('content');
  const target = refresh === undefined ? undefined : /url=(.*)$/i.exec(refresh)?.[1];
  return target === undefined ? undefined : new URL(target, `https://site.invalid${url}`).pathname;
}

/** A built `assessment.json`, read through the schema it was written with; one line naming what is wrong. */
async function readAssessment(file: string): Promise<Assessment> {
  const read = AssessmentSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (read.success) return read.data;
  const [issue] = read.error.issues;
  throw new Error(
    `${file}: ${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'not an assessment'}`,
  );
}

/** The findings of every section page, from the documents' own data files (`assessment.json`). */
export async function findingsByPage(
  dist: string,
  urls: readonly string[],
): Promise<Record<string, string[]>> {
  const findings: Record<string, string[]> = {};
  for (const url of urls.filter((u) => u.endsWith('/assessment.json'))) {
    const data = await readAssessment(path.join(dist, distFile(url)));
    for (const section of data.sections) {
      findings[new URL(section.url).pathname] = section.findings.map((f) => f.id);
    }
  }
  return Object.fromEntries(Object.entries(findings).sort(([a], [b]) => a.localeCompare(b)));
}

/** The contract a built site offers today. */
export async function contractOf(dist: string): Promise<UrlContract> {
  const urls = await publicUrls(dist);
  return { about: ABOUT, urls, findings: await findingsByPage(dist, urls) };
}

/** The committed contract. */
export async function readContract(file: string = CONTRACT_FILE): Promise<UrlContract> {
  return JSON.parse(await readFile(file, 'utf8')) as UrlContract;
}

/** Writes the contract as stable, reviewable JSON. */
export async function writeContract(contract: UrlContract, file: string = CONTRACT_FILE): Promise<void> {
  await writeFile(file, `${JSON.stringify(contract, null, 2)}\n`);
}
