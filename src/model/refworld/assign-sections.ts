import { SECTION_RULES, type SectionKey } from './rules/sections.ts';
import { SERIES, type SeriesRule } from './rules/series.ts';
import type { RawParagraph } from './parse-refworld.ts';
import type { Placement } from './schema.ts';

/** A paragraph's section and the rule that chose it. */
export interface Assignment {
  section: SectionKey;
  placement: Placement;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Counts how often each section's keyword stems start a word in the text. */
export function keywordScores(
  text: string,
  sections: readonly SectionKey[] = SERIES['interim-assessment'].sections,
): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const key of sections) {
    scores[key] = SECTION_RULES[key].keywords.reduce((sum, stem) => {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(stem)}`, 'giu');
      return sum + (text.match(pattern)?.length ?? 0);
    }, 0);
  }
  return scores;
}

/** The section whose configured opening ("Recommendations for China:") the paragraph starts with, and its words. */
function openingSection(text: string, rule: SeriesRule): [SectionKey, string] | undefined {
  for (const [key, openings] of Object.entries(rule.openings ?? {}) as [SectionKey, RegExp[]][]) {
    for (const opening of openings) {
      const words = opening.exec(text)?.[0];
      if (words !== undefined) return [key, words.replace(/:$/, '')];
    }
  }
  return undefined;
}

/** The series a document belongs to and the country its title names, as section placement needs them. */
export interface SectionContext {
  rule: SeriesRule;
  country: string;
}

/**
 * Places each body paragraph in one of its series' sections. Rules, in order: a heading line above it
 * wins; a paragraph that starts with a section's opening goes there; before any heading or opening, the
 * series' intro section if it has one; the first paragraph is the summary; otherwise the section whose
 * keywords occur most (ties go to the earlier section); with no keywords, it follows the one before.
 */
export function assignSections(
  paragraphs: readonly RawParagraph[],
  context: SectionContext = { rule: SERIES['interim-assessment'], country: '' },
): Assignment[] {
  const { rule } = context;
  const result: Assignment[] = [];
  let marked = false;
  paragraphs.forEach((paragraph, index) => {
    const opening = openingSection(paragraph.text, rule);
    if (opening) {
      marked = true;
      result.push({
        section: opening[0],
        placement: { rule: 'opening', detail: `opens with "${opening[1]}"` },
      });
      return;
    }
    if (paragraph.heading) {
      marked = true;
      const { section, text, line } = paragraph.heading;
      result.push({
        section,
        placement: { rule: 'heading', detail: `under heading "${text}" (line ${line})` },
      });
      return;
    }
    if (rule.introSection !== undefined && !marked) {
      result.push({
        section: rule.introSection,
        placement: { rule: 'position', detail: 'before the first heading' },
      });
      return;
    }
    if (index === 0) {
      result.push({ section: 'summary', placement: { rule: 'position', detail: 'first body paragraph' } });
      return;
    }
    const scores = keywordScores(paragraph.text, rule.sections);
    const ranked = rule.sections
      .filter((key) => (scores[key] ?? 0) > 0)
      .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
    const best = ranked[0];
    if (best !== undefined) {
      const detail = ranked.map((key) => `${key} ${scores[key] ?? 0}`).join(', ');
      result.push({ section: best, placement: { rule: 'keywords', detail: `keyword votes: ${detail}` } });
      return;
    }
    const previous = result.at(-1)?.section ?? 'summary';
    result.push({
      section: previous,
      placement: { rule: 'previous', detail: 'no keywords; follows the paragraph before' },
    });
  });
  return result;
}
