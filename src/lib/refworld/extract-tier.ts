import type { SeriesRule } from './rules/series.ts';
import type { Paragraph, Tier } from './schema.ts';
import { SeedError } from './seed-error.ts';

/**
 * The tier placement a document states in its own words ("China is placed on Tier 2 Watch List"), or
 * `undefined` when its series states none or no sentence says so. Never inferred from anything else.
 * @throws SeedError when two sentences state different tiers, naming the second one's paragraph
 */
export function extractTier(
  paragraphs: readonly Paragraph[],
  rule: SeriesRule,
  file: string,
): Tier | undefined {
  const pattern = rule.tierStatement;
  if (pattern === undefined) return undefined;
  let found: Tier | undefined;
  for (const paragraph of paragraphs) {
    for (const finding of paragraph.findings) {
      const level = pattern.exec(finding.text)?.groups?.['tier'] as Tier['level'] | undefined;
      if (level === undefined) continue;
      if (found === undefined) {
        found = { level, finding: finding.id, section: paragraph.section, line: paragraph.line };
      } else if (found.level !== level) {
        throw new SeedError(
          file,
          paragraph.line,
          `one tier placement, but this paragraph states "${level}" and line ${found.line} "${found.level}"`,
        );
      }
    }
  }
  return found;
}
