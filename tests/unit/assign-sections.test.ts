// Section rules: heading wins, the first paragraph is the summary, keyword votes, ties, no keywords.
import { describe, expect, it } from 'vitest';
import { generateFiles } from '../../src/integrations/seeds/generate.ts';
import { assignSections, keywordScores } from '../../src/model/refworld/assign-sections.ts';
import { buildDocument } from '../../src/model/refworld/index.ts';
import type { RawParagraph } from '../../src/model/refworld/parse-refworld.ts';
import { SECTION_KEYS } from '../../src/model/refworld/rules/sections.ts';
import { exportText } from './export-text.ts';
import { presentSections } from '../../src/model/refworld/queries.ts';

const paragraph = (text: string, heading?: RawParagraph['heading']): RawParagraph => ({
  text,
  line: 1,
  ...(heading && { heading }),
});
const INTRO = paragraph('The government made limited progress.');

describe('assignSections', () => {
  it('places a paragraph under a heading line in that section, whatever its words say', () => {
    const heading = { section: 'prevention' as const, text: 'Prevention', line: 7 };
    const [first] = assignSections([paragraph('Courts convicted offenders under the law.', heading)]);
    expect(first).toEqual({
      section: 'prevention',
      placement: { rule: 'heading', detail: 'under heading "Prevention" (line 7)' },
    });
  });

  it('makes the first paragraph the summary, even when its words vote elsewhere', () => {
    const [first] = assignSections([paragraph('Victims were identified and protected in shelters.')]);
    expect(first).toEqual({
      section: 'summary',
      placement: { rule: 'position', detail: 'first body paragraph' },
    });
  });

  it('places a later paragraph in the section whose keywords occur most, and says the votes', () => {
    const text = 'Police arrested recruiters; victims were identified and sent to a shelter.';
    const [, second] = assignSections([INTRO, paragraph(text)]);
    expect(second).toEqual({
      section: 'protection',
      placement: { rule: 'keywords', detail: 'keyword votes: protection 3, prosecution 1' },
    });
  });

  it('gives a tie to the section that comes first in reading order', () => {
    const [, second] = assignSections([INTRO, paragraph('A shelter opened and a court sat.')]);
    expect(second?.section).toBe('prosecution');
    expect(second?.placement.detail).toBe('keyword votes: prosecution 1, protection 1');
  });

  it('lets a paragraph with no keywords follow the paragraph before it', () => {
    const result = assignSections([
      INTRO,
      paragraph('Officials set up a hotline.'),
      paragraph('It rang often in 2010.'),
    ]);
    expect(result.map((r) => r.section)).toEqual(['summary', 'prevention', 'prevention']);
    expect(result[2]?.placement).toEqual({
      rule: 'previous',
      detail: 'no keywords; follows the paragraph before',
    });
  });

  it('keeps the summary going when the second paragraph has no keywords', () => {
    const result = assignSections([INTRO, paragraph('Much remains to be done.')]);
    expect(result.map((r) => r.section)).toEqual(['summary', 'summary']);
  });

  it('lets a heading keep placing paragraphs until the next heading', () => {
    const prosecution = { section: 'prosecution' as const, text: 'Prosecution', line: 3 };
    const result = assignSections([
      INTRO,
      paragraph('Courts sat.', prosecution),
      paragraph('Victims were sheltered.', prosecution),
    ]);
    expect(result.map((r) => r.section)).toEqual(['summary', 'prosecution', 'prosecution']);
  });
});

describe('keywordScores', () => {
  it('counts a stem only at the start of a word, in any letter case', () => {
    expect(keywordScores('Lawmakers passed laws; unlawful acts continued.').prosecution).toBe(2);
  });

  it('counts every occurrence', () => {
    expect(keywordScores('victims, victims and more victims').protection).toBe(3);
  });

  it('never votes for the summary, which only position or a heading can choose', () => {
    expect(keywordScores('Summary overview introduction of the report.').summary).toBe(0);
  });
});

describe('sections that get pages', () => {
  const doc = buildDocument(
    exportText({ body: ['Intro.', 'Prosecution', 'Courts sat.', 'Protection', 'Shelters opened.'] }),
    'seeds/freedonia.txt',
  );

  it('lists only the sections that have paragraphs, in reading order', () => {
    expect(presentSections(doc)).toEqual(['summary', 'prosecution', 'protection']);
  });

  it('writes one MDX file per section with paragraphs and none for the others', () => {
    const paths = generateFiles(doc, 'seeds/freedonia.txt')
      .map((f) => f.path)
      .filter((p) => p.startsWith('sections/') || p.startsWith('documents/'));
    expect(paths).toEqual([
      'documents/freedonia-2011.json',
      'sections/freedonia-2011/summary.mdx',
      'sections/freedonia-2011/prosecution.mdx',
      'sections/freedonia-2011/protection.mdx',
    ]);
    for (const key of SECTION_KEYS.filter((k) => !presentSections(doc).includes(k))) {
      expect(paths).not.toContain(`sections/freedonia-2011/${key}.mdx`);
    }
  });
});
