// Sentence splitting: sentences and separators rebuild the paragraph, abbreviations never end a sentence.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRefworld } from '../../src/model/refworld/parse-refworld.ts';
import { splitFindings } from '../../src/model/refworld/split-findings.ts';

const rejoin = ({ sentences, separators }: ReturnType<typeof splitFindings>): string =>
  sentences.map((s, i) => s + (separators[i] ?? '')).join('');

/** What the segmenter alone makes of a text, to show a case really exercises a rule. */
const rawSegments = (text: string): string[] =>
  [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trimEnd());

describe('splitFindings', () => {
  it('cuts a paragraph into its sentences and keeps the whitespace between them', () => {
    expect(splitFindings('Courts convicted four. Did the law help? It did!  Cases rose.')).toEqual({
      sentences: ['Courts convicted four.', 'Did the law help?', 'It did!', 'Cases rose.'],
      separators: [' ', ' ', '  '],
    });
  });

  it('returns a one-sentence paragraph whole, with no separators', () => {
    expect(splitFindings('Forced labor remained a problem.')).toEqual({
      sentences: ['Forced labor remained a problem.'],
      separators: [],
    });
  });

  it.each([
    ['U.S.', 'Funds came from U.S. Agencies in the capital.'],
    ['Dr.', 'They met Dr. Firefly twice in 2010.'],
    ['No.', 'Case No. A12 was opened in June.'],
    ['Art.', 'Under Art. IV the courts act.'],
    ['e.g.', 'Some ports, e.g. Osterlich, agreed.'],
    ['e.g. after a parenthesis', 'Some ports (e.g. Osterlich) agreed.'],
  ])('never ends a sentence at %s', (_, sentence) => {
    // The segmenter alone splits after the abbreviation; the rule must rejoin it.
    expect(rawSegments(sentence).length).toBeGreaterThan(1);
    expect(splitFindings(`${sentence} The next sentence.`).sentences).toEqual([
      sentence,
      'The next sentence.',
    ]);
  });

  it('does not cut where no whitespace follows the break, as before a bracket', () => {
    const text = 'Prosecutors cited ![a case] and more. Then it ended.';
    expect(rawSegments(text)[0]).toBe('Prosecutors cited ![');
    expect(splitFindings(text).sentences).toEqual([
      'Prosecutors cited ![a case] and more.',
      'Then it ended.',
    ]);
  });

  it('keeps curly quotes, dashes and no-break spaces, inside sentences and between them', () => {
    const text =
      'NGOs called them “illegal workers” – wrongly.\u00a0The ministry’s shelter — the first — opened.';
    const split = splitFindings(text);
    expect(split.sentences).toEqual([
      'NGOs called them “illegal workers” – wrongly.',
      'The ministry’s shelter — the first — opened.',
    ]);
    expect(split.separators).toEqual(['\u00a0']);
  });

  it('keeps a sentence that ends in a closing quote whole', () => {
    expect(splitFindings('They were called “economic migrants.” Officials agreed.').sentences).toEqual([
      'They were called “economic migrants.”',
      'Officials agreed.',
    ]);
  });
});

describe('sentences and separators rebuild the paragraph exactly', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
  const seedFiles = [
    path.resolve(import.meta.dirname, '../../seeds/china-2010-tip-interim-assessment.txt'),
    ...readdirSync(path.join(FIXTURES, 'two-documents')).map((n) => path.join(FIXTURES, 'two-documents', n)),
    ...readdirSync(path.join(FIXTURES, 'refworld')).map((d) =>
      path.join(FIXTURES, 'refworld', d, 'input.txt'),
    ),
  ];
  const paragraphs = seedFiles.flatMap((file) =>
    parseRefworld(readFileSync(file, 'utf8'), file).paragraphs.map((p) => ({
      where: `${path.relative(FIXTURES, file)}:${p.line}`,
      text: p.text,
    })),
  );

  it('has paragraphs to check', () => {
    expect(paragraphs.length).toBeGreaterThan(20);
  });

  it.each(paragraphs)('$where', ({ text }) => {
    const split = splitFindings(text);
    expect(rejoin(split)).toBe(text);
    expect(split.separators).toHaveLength(split.sentences.length - 1);
    for (const sentence of split.sentences) expect(sentence).toBe(sentence.trim());
    for (const separator of split.separators) expect(separator).toMatch(/^\s+$/u);
  });
});
