import { SECTION_RULES, SECTION_KEYS, type SectionKey } from './rules/sections.ts';
import type { RawParagraph } from './parse-refworld.ts';
import type { Placement } from './schema.ts';

/** A paragraph's section and the rule that chose it. */
export interface Assignment {
  section: SectionKey;
  placement: Placement;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Counts how often each section's keyword stems start a word in the text. */
export function keywordScores(text: string): Record<SectionKey, number> {
  const scores = {} as Record<SectionKey, number>;
  for (const key of SECTION_KEYS) {
    scores[key] = SECTION_RULES[key].keywords.reduce((sum, stem) => {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(stem)}`, 'giu');
      return sum + (text.match(pattern)?.length ?? 0);
    }, 0);
  }
  return scores;
}

/**
 * Places each body paragraph in a section. Rules, in order: a heading line
 * above it wins; the first paragraph is the summary; otherwise the section
 * whose keywords occur most (ties go to the earlier section); with no
 * keywords at all, the paragraph follows the one before it.
 */
export function assignSections(paragraphs: readonly RawParagraph[]): Assignment[] {
  const result: Assignment[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.heading) {
      const { section, text, line } = paragraph.heading;
      result.push({
        section,
        placement: { rule: 'heading', detail: `under heading "${text}" (line ${line})` },
      });
      return;
    }
    if (index === 0) {
      result.push({ section: 'summary', placement: { rule: 'position', detail: 'first body paragraph' } });
      return;
    }
    const scores = keywordScores(paragraph.text);
    const ranked = SECTION_KEYS.filter((key) => scores[key] > 0).sort((a, b) => scores[b] - scores[a]);
    const best = ranked[0];
    if (best !== undefined) {
      const detail = ranked.map((key) => `${key} ${scores[key]}`).join(', ');
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
