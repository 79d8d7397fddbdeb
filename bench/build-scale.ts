// `npm run bench:build [-- N…]`: how `astro build` scales with the number of documents. For each N (default
// 1 10 100) it writes N synthetic exports into .output/scale-N/seeds/ (the real China seed with only the
// country of its title and "Cite as" lines renamed, so every document does the same work under its own
// slug), runs a real, cold build into .output/scale-N/ (its log in build.log), and prints one row: pages,
// wall time, time per document, sizes, the Pagefind step, and the largest page apart from the three that
// list every document. A measurement, not a test: it fails only if a build fails.
import { readFile, rm, stat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from '../tooling/build-site.ts';
import { filesIn } from '../tooling/dist.ts';
import { ROOT } from '../tooling/paths.ts';

/** The real export every synthetic one is made from. */
const SEED = 'seeds/china-2010-tip-interim-assessment.txt';
/** The seed's country as its title and "Cite as" lines end it: the only text that is changed. */
const COUNTRY_IN_TITLE = 'Interim Assessment - China';
/** Pages that list every document or section, so they grow with N by design. */
const LISTING_PAGES = { home: 'index.html', '404': '404.html', search: 'search/index.html' } as const;

/** What one build at one scale produced. */
export interface ScaleResult {
  documents: number;
  pages: number;
  buildSeconds: number;
  distBytes: number;
  pagefindBytes: number;
  /** The Pagefind step as the build log reports it, if it does. */
  pagefindSeconds: number | undefined;
  /** The largest HTML page other than the listing pages, relative to dist. */
  largest: { file: string; bytes: number };
  listing: Record<keyof typeof LISTING_PAGES, number>;
}

/** The made-up country of synthetic document `i`: `Country 0042`. */
function countryName(i: number): string {
  return `Country ${String(i).padStart(4, '0')}`;
}

/**
 * The seed's text with the country of its title and "Cite as" lines replaced by `country`; the rest stays
 * byte for byte.
 * @throws Error if the seed no longer names its country in exactly those two lines
 */
export function syntheticExport(seed: string, country: string): string {
  const found = seed.split(COUNTRY_IN_TITLE).length - 1;
  if (found !== 2)
    throw new Error(`${SEED}: expected "${COUNTRY_IN_TITLE}" twice (title, Cite as), found ${found}`);
  return seed.replaceAll(COUNTRY_IN_TITLE, COUNTRY_IN_TITLE.replace('China', country));
}

/** Writes `count` synthetic exports into `dir` (created), one per made-up country, slugs `country-0000-2010` on. */
export async function writeSeeds(dir: string, count: number): Promise<void> {
  const seed = await readFile(path.join(ROOT, SEED), 'utf8');
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i += 1) {
    const name = `${countryName(i).toLowerCase().replace(' ', '-')}-2010-tip-interim-assessment.txt`;
    await writeFile(path.join(dir, name), syntheticExport(seed, countryName(i)));
  }
}

/** The last `lines` lines of a build's output. */
function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Builds `documents` synthetic exports from scratch in `.output/scale-<documents>/` and measures the result.
 * @throws Error with the tail of the build's output if the build fails
 */
export async function benchScale(documents: number): Promise<ScaleResult> {
  const base = `.output/scale-${documents}`;
  await rm(path.join(ROOT, base), { recursive: true, force: true });
  await writeSeeds(path.join(ROOT, base, 'seeds'), documents);

  const started = performance.now();
  const build = await runBuild({
    TIP_SEEDS_DIR: `${base}/seeds`,
    TIP_GENERATED_DIR: `${base}/generated`,
    TIP_OUT_DIR: `${base}/dist`,
    TIP_CACHE_DIR: `${base}/cache`,
  });
  const buildSeconds = (performance.now() - started) / 1000;
  await writeFile(path.join(ROOT, base, 'build.log'), `${build.stdout}\n${build.stderr}`);
  if (build.code !== 0) {
    throw new Error(
      `astro build of ${documents} documents exited with ${build.code}.\n` +
        `--- stderr (tail) ---\n${tail(build.stderr)}\n--- stdout (tail) ---\n${tail(build.stdout)}`,
    );
  }

  const dist = path.join(ROOT, base, 'dist');
  const sizes = new Map<string, number>();
  for (const file of await filesIn(dist)) sizes.set(file, (await stat(path.join(dist, file))).size);
  const sum = (files: string[]) => files.reduce((total, f) => total + (sizes.get(f) ?? 0), 0);
  const listingFiles: string[] = Object.values(LISTING_PAGES);
  const html = [...sizes.keys()].filter((f) => f.endsWith('.html'));
  const largest = html
    .filter((f) => !listingFiles.includes(f))
    .reduce(
      (best, file) => ((sizes.get(file) ?? 0) > best.bytes ? { file, bytes: sizes.get(file) ?? 0 } : best),
      {
        file: '',
        bytes: 0,
      },
    );
  const indexed = /indexed \d+ pages .* in (\d+) ms/.exec(build.stdout + build.stderr);

  return {
    documents,
    pages: html.length,
    buildSeconds,
    distBytes: sum([...sizes.keys()]),
    pagefindBytes: sum([...sizes.keys()].filter((f) => f.startsWith('pagefind/'))),
    pagefindSeconds: indexed ? Number(indexed[1]) / 1000 : undefined,
    largest,
    listing: {
      home: sizes.get(LISTING_PAGES.home) ?? 0,
      '404': sizes.get(LISTING_PAGES['404']) ?? 0,
      search: sizes.get(LISTING_PAGES.search) ?? 0,
    },
  };
}

const COLUMNS = [
  'documents',
  'pages',
  'build s',
  's/doc',
  'dist MB',
  'pagefind MB',
  'pagefind s',
  'largest page KB',
  'home KB',
  '404 KB',
  'search KB',
];

/** One Markdown table row, each cell padded to its column's header. */
function row(cells: string[]): string {
  return `| ${cells.map((cell, i) => cell.padStart(COLUMNS[i]?.length ?? 0)).join(' | ')} |`;
}

/** A result as a table row. */
export function formatRow(r: ScaleResult): string {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return row([
    String(r.documents),
    String(r.pages),
    r.buildSeconds.toFixed(1),
    (r.buildSeconds / r.documents).toFixed(3),
    mb(r.distBytes),
    mb(r.pagefindBytes),
    r.pagefindSeconds === undefined ? 'n/a' : r.pagefindSeconds.toFixed(2),
    kb(r.largest.bytes),
    kb(r.listing.home),
    kb(r.listing['404']),
    kb(r.listing.search),
  ]);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const scales = args.length > 0 ? args.map(Number) : [1, 10, 100];
  if (scales.some((n) => !Number.isInteger(n) || n < 1 || n > 9999)) {
    console.error(`usage: npm run bench:build -- [N…] (whole numbers 1 to 9999), got: ${args.join(' ')}`);
    process.exit(2);
  }
  console.log(row(COLUMNS));
  console.log(row(COLUMNS.map((c) => '-'.repeat(c.length))));
  const largestPages: string[] = [];
  try {
    for (const n of scales) {
      const result = await benchScale(n);
      console.log(formatRow(result));
      largestPages.push(`${n}: ${result.largest.file}`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(`\nLargest page other than home, 404 and search (by N): ${largestPages.join(', ')}`);
}
