// Finding ids: readable, derived from a sentence's words (not its position), unique, in a stable format.
import { describe, expect, it } from 'vitest';
import { asciiWords } from '../../src/model/text/ascii-words.ts';
import { assignFindingIds } from '../../src/model/refworld/finding-id.ts';
import { FindingSchema } from '../../src/model/refworld/schema.ts';
import { REFWORLD } from '../../src/model/refworld/rules/format.ts';

const ID_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SENTENCES = [
  'The Government of China has made progress in some areas.',
  'In April 2009, Chinese officials collaborated with Costa Rican authorities.',
  'Some trafficking victims continued to be punished.',
  'The Chinese government continued to classify all North Koreans as "economic migrants".',
];
const idsOf = (sentences: readonly string[]): Map<string, string> => {
  const ids = assignFindingIds(sentences);
  return new Map(sentences.map((s, i) => [s, ids[i] ?? '']));
};

describe('assignFindingIds', () => {
  it('makes an id of the first words, lowercase, joined by hyphens, punctuation dropped', () => {
    expect(assignFindingIds([SENTENCES[1] ?? ''])).toEqual(['in-april-2009-chinese-officials-collaborated']);
    expect(
      asciiWords(SENTENCES[1] ?? '')
        .slice(0, REFWORLD.findingIdWords)
        .join('-'),
    ).toBe('in-april-2009-chinese-officials-collaborated');
  });

  it('uses every word of a sentence shorter than the id length', () => {
    expect(assignFindingIds(['Forced labor remained.'])).toEqual(['forced-labor-remained']);
  });

  it('keeps every id when the sentences are reordered', () => {
    const reversed = [...SENTENCES].reverse();
    expect(idsOf(reversed)).toEqual(idsOf(SENTENCES));
  });

  it('keeps the other ids when a sentence with a new opening is added or removed', () => {
    const before = idsOf(SENTENCES);
    const after = idsOf(['A new first sentence was added.', ...SENTENCES.slice(1)]);
    for (const sentence of SENTENCES.slice(1)) expect(after.get(sentence)).toBe(before.get(sentence));
  });

  it('gives every sentence a different id', () => {
    const ids = assignFindingIds(SENTENCES);
    expect(new Set(ids).size).toBe(SENTENCES.length);
  });

  it('lengthens the later of two sentences that start alike up to the word where they differ', () => {
    expect(
      assignFindingIds([
        'The government of Freedonia made progress in 2010.',
        'The government of Freedonia made progress in 2011.',
      ]),
    ).toEqual([
      'the-government-of-freedonia-made-progress',
      'the-government-of-freedonia-made-progress-in-2011',
    ]);
  });

  it('numbers a sentence whose words repeat an earlier one: -2, then -3', () => {
    const sentence = 'All these efforts, however, need to be strengthened significantly.';
    expect(assignFindingIds([sentence, sentence, sentence.toUpperCase()])).toEqual([
      'all-these-efforts-however-need-to',
      'all-these-efforts-however-need-to-2',
      'all-these-efforts-however-need-to-3',
    ]);
  });

  it('folds accents and drops apostrophes', () => {
    expect(assignFindingIds(['Côte d’Ivoire’s Ministère opened it.'])).toEqual([
      'cote-divoires-ministere-opened-it',
    ]);
  });

  it('spells letters that have no accent to fold the way their languages transliterate them', () => {
    expect(assignFindingIds(['Østerlich and Łódź signed; Straße Æ.'])).toEqual([
      'osterlich-and-lodz-signed-strasse-ae',
    ]);
  });

  it('gives a sentence with no letters or digits a placeholder id, still unique', () => {
    expect(assignFindingIds(['…', '—'])).toEqual(['finding', 'finding-2']);
  });

  it('makes ids of lowercase ASCII words and single hyphens only, as the schema requires', () => {
    const hostile = [
      '  “Quoted” — and (bracketed) text…  ',
      '{1 + 1} <b>bold</b> `code` | pipe | # * _',
      'Ünïcödé ﬁ ligature and ½ fraction.',
      '--- leading and trailing ---',
    ];
    for (const id of assignFindingIds(hostile)) {
      expect(id).toMatch(ID_FORMAT);
      expect(FindingSchema.shape.id.safeParse(id).success).toBe(true);
    }
  });
});
