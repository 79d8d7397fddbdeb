import type { TierLine } from './parse-refworld.ts';
import { tierLevel, type SeriesRule, type TierLevel } from './rules/series.ts';
import type { Paragraph, Tier, TierStatement } from './schema.ts';
import { SeedError } from './seed-error.ts';

/** A placement one sentence states, and where. */
type Stated = TierStatement & { level: TierLevel };

/** Every sentence that states a placement in one of the series' wordings; a waiver sentence never does. */
function statements(paragraphs: readonly Paragraph[], rule: SeriesRule): Stated[] {
  const found: Stated[] = [];
  for (const paragraph of paragraphs) {
    for (const finding of paragraph.findings) {
      if (rule.notTierStatement?.test(finding.text)) continue;
      for (const pattern of rule.tierStatements ?? []) {
        const words = pattern.exec(finding.text)?.groups?.['tier'];
        const level = words === undefined ? undefined : tierLevel(words);
        if (level === undefined) continue;
        found.push({ level, finding: finding.id, section: paragraph.section, line: paragraph.line });
        break;
      }
    }
  }
  return found;
}

/**
 * The placement a document states: its opening tier line if it has one, else the sentence that states
 * one; `undefined` when neither does. Never inferred from anything else.
 * @throws SeedError when a sentence states another placement than the tier line, or than an earlier
 *   sentence, naming both lines
 */
export function extractTier(
  tierLine: TierLine | undefined,
  paragraphs: readonly Paragraph[],
  rule: SeriesRule,
  file: string,
): Tier | undefined {
  const evidence = statements(paragraphs, rule);
  const first = evidence[0];
  const stated = tierLine ?? first;
  if (stated === undefined) return undefined;
  const what = tierLine ? `the tier line (line ${tierLine.line}) "${tierLine.level}"` : undefined;
  for (const sentence of evidence) {
    if (sentence.level === stated.level) continue;
    throw new SeedError(
      file,
      sentence.line,
      `one tier placement, but this paragraph states "${sentence.level}" and ${what ?? `line ${stated.line} "${stated.level}"`}`,
    );
  }
  if (tierLine) {
    const { text, line, level } = tierLine;
    return {
      stated: 'tier-line',
      level,
      text,
      line,
      evidence: evidence.map(({ finding, section, line }) => ({ finding, section, line })),
    };
  }
  return { stated: 'sentence', ...(first as Stated) };
}
