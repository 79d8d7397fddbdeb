import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECTION_TEXT } from '../../strings.ts';
import { seedErrorsOf } from '../../lib/refworld/seed-errors.ts';
import { generateFiles } from './generate.ts';
import { loadSeeds } from './load-seeds.ts';
import { writeGenerated } from './write-generated.ts';

export interface SeedsOptions {
  /** Folder of Refworld exports, relative to the project root. */
  seedsDir: string;
  /** Git-ignored folder to write MDX and JSON into, relative to the project root. */
  generatedDir: string;
}

async function generate(root: string, options: SeedsOptions, logger: AstroIntegrationLogger): Promise<void> {
  const seeds = await loadSeeds(resolve(root, options.seedsDir), root);
  for (const { path, document } of seeds) {
    logger.info(`${path} → /${document.meta.slug}/`);
    const { tier } = document;
    if (tier !== undefined) {
      const how = tier.stated === 'tier-line' ? `tier line "${tier.text}"` : `sentence ${tier.finding}`;
      logger.info(`  tier: ${tier.level}, from the ${how} (line ${tier.line})`);
    }

    for (const p of document.paragraphs) {
      const { rule, detail } = p.placement;
      logger.info(
        `  ¶${p.index} (line ${p.line}, ${p.findings.length} findings) → ${SECTION_TEXT[p.section].label}: ${rule}, ${detail}`,
      );
    }
  }
  // A country the dataset does not know still builds, with no code: one line per country, so a misspelt
  // name or a missing alias (src/lib/refworld/rules/countries.ts) is noticed.
  const unknown = new Map<string, string[]>();
  for (const { path, document } of seeds) {
    if (document.country.resolvedBy !== 'unknown') continue;
    unknown.set(document.country.written, [...(unknown.get(document.country.written) ?? []), path]);
  }
  for (const [name, paths] of unknown) {
    logger.warn(
      `country "${name}" is not in the ISO 3166 dataset or its aliases; built without a code (${paths.join(', ')})`,
    );
  }
  await writeGenerated(
    resolve(root, options.generatedDir),
    seeds.flatMap(({ path, document }) => generateFiles(document, path)),
  );
}

/**
 * Turns every seed into generated MDX and JSON before content loads, on each
 * `astro build` and `astro dev` start, and again in dev when a seed changes.
 * Seed errors stop the build, each with its one-line message, then their count; nothing is written.
 */
export default function seeds(options: SeedsOptions): AstroIntegration {
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
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(seedsDir)) return;
          generate(root, options, logger).catch((error: unknown) =>
            logger.error(String(error instanceof Error ? error.message : error)),
          );
        });
      },
    },
  };
}
