import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECTION_TEXT } from '../../strings.ts';
import { seedErrorsOf } from '../../model/refworld/seed-errors.ts';
import { generateFiles } from './generate.ts';
import { loadSeeds, type LoadedSeed } from './load-seeds.ts';
import { SeedCache } from './seed-cache.ts';
import { writeGenerated } from './write-generated.ts';

export interface SeedsOptions {
  /** Folder of Refworld exports, relative to the project root. */
  seedsDir: string;
  /** Git-ignored folder to write MDX and JSON into, relative to the project root. */
  generatedDir: string;
  /** Folder of the seed cache (each seed's model and generated files, by digest), relative to the project root. */
  cacheDir: string;
}

/** Where the per-paragraph report goes, and whether the console gets it too. */
export interface ReportOptions {
  /** The report file, beside the build's output (never in it, so no host serves it). */
  reportFile: string;
  /** Echo the report to the console (`TIP_BUILD_REPORT=1`). */
  echo: boolean;
}

/** Seconds since `start`, as the log prints them. */
const since = (start: number): string => `${((performance.now() - start) / 1000).toFixed(2)}s`;

/** Each document, the tier it states and where, and the section each of its paragraphs went to, with the rule that chose it. */
function placementReport(seeds: readonly LoadedSeed[]): string {
  const lines: string[] = [];
  for (const { path, document } of seeds) {
    lines.push(`${path} → /${document.meta.slug}/`);
    const { tier } = document;
    if (tier !== undefined) {
      const how = tier.stated === 'tier-line' ? `tier line "${tier.text}"` : `sentence ${tier.finding}`;
      lines.push(`  tier: ${tier.level}, from the ${how} (line ${tier.line})`);
    }
    for (const p of document.paragraphs) {
      const { rule, detail } = p.placement;
      lines.push(
        `  ¶${p.index} (line ${p.line}, ${p.findings.length} findings) → ${SECTION_TEXT[p.section].label}: ${rule}, ${detail}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function generate(
  root: string,
  options: SeedsOptions & ReportOptions,
  logger: AstroIntegrationLogger,
): Promise<void> {
  let start = performance.now();
  const cache = await SeedCache.open(resolve(root, options.cacheDir), root);
  const seeds = await loadSeeds(resolve(root, options.seedsDir), root, progress('parsed'), {
    cache,
    generate: generateFiles,
  });
  await cache.prune();
  const reused = seeds.filter((s) => s.cached).length;
  const paragraphs = seeds.reduce((n, s) => n + s.document.paragraphs.length, 0);
  const findings = seeds.reduce(
    (n, s) => n + s.document.paragraphs.reduce((m, p) => m + p.findings.length, 0),
    0,
  );
  logger.info(
    `read ${seeds.length} seeds (${reused} unchanged, from the cache): ${paragraphs} paragraphs, ${findings} findings in ${since(start)}`,
  );
  // A country the dataset does not know still builds, with no code: one line per country, so a misspelt
  // name or a missing alias (src/model/mentions/rules/countries.ts) is noticed.
  const unknown = new Map<string, string[]>();
  for (const { path, document } of seeds) {
    if (document.country.resolvedBy !== 'unknown') continue;
    unknown.set(document.country.written, [...(unknown.get(document.country.written) ?? []), path]);
  }
  for (const [name, paths] of unknown) {
    const shown = paths.slice(0, 3).join(', ') + (paths.length > 3 ? ', …' : '');
    logger.warn(
      `country "${name}" is not in the ISO 3166 dataset or its aliases; built without a code (${paths.length} ${paths.length === 1 ? 'document' : 'documents'}: ${shown})`,
    );
  }
  const report = placementReport(seeds);
  const reportFile = resolve(root, options.reportFile);
  await mkdir(dirname(reportFile), { recursive: true });
  await writeFile(reportFile, report);
  logger.info(
    `tier and section of each paragraph: ${options.reportFile} (TIP_BUILD_REPORT=1 prints it here)`,
  );
  if (options.echo) for (const line of report.trimEnd().split('\n')) logger.info(line);

  start = performance.now();
  const files = seeds.flatMap(({ path, document, files }) => files ?? generateFiles(document, path));
  await writeGenerated(resolve(root, options.generatedDir), files);
  logger.info(`wrote ${files.length} generated files to ${options.generatedDir} in ${since(start)}`);
}

/**
 * A progress line that rewrites itself on a terminal (`parsed 120/4800`), and says nothing elsewhere, so
 * that a CI log keeps one line per phase.
 */
function progress(verb: string): ((done: number, total: number) => void) | undefined {
  if (!process.stdout.isTTY) return undefined;
  return (done, total) => {
    process.stdout.write(`\r${verb} ${done}/${total}`);
    if (done === total) process.stdout.write('\r\x1b[K');
  };
}

/**
 * Turns every seed into generated MDX and JSON before content loads, on each
 * `astro build` and `astro dev` start, and again in dev when a seed changes.
 * Seed errors stop the build, each with its one-line message, then their count; nothing is written.
 */
export default function seeds(options: SeedsOptions & ReportOptions): AstroIntegration {
  return {
    name: 'seeds',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        try {
          await generate(root, options, logger);
        } catch (error) {
          const problems = seedErrorsOf(error);
          if (problems === undefined) throw error;
          // Seed problems are the author's to fix: one line each, then their count, no stack trace.
          for (const problem of problems.errors) logger.error(problem.message);
          logger.error(problems.summary);
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        const seedsDir = resolve(root, options.seedsDir);
        server.watcher.add(seedsDir);
        // One regeneration at a time; changes seen meanwhile are taken up by one more run after it.
        let running: Promise<void> | undefined;
        let again = false;
        const regenerate = async (): Promise<void> => {
          do {
            again = false;
            await generate(root, options, logger).catch((error: unknown) =>
              logger.error(String(error instanceof Error ? error.message : error)),
            );
          } while (again);
        };
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(seedsDir)) return;
          if (running) {
            again = true;
            return;
          }
          running = regenerate().finally(() => (running = undefined));
        });
      },
    },
  };
}
