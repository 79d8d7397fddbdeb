// Mention extraction: the shipped seed's countries, places, dates and instrument, then fixtures of
// aliases, demonyms, spans, a date that must not be resolved and capitalised words that are no places.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMentions, type Mention } from '../../src/model/mentions/index.ts';
import { demonymPlural } from '../../src/model/mentions/country-names.ts';
import { buildDocument } from '../../src/model/refworld/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = 'seeds/china-2010-tip-interim-assessment.txt';
const china = buildDocument(readFileSync(path.join(ROOT, SEED), 'utf8'), SEED);
const findings = china.paragraphs.flatMap((p) => p.findings);
const all = findings.flatMap((f) => f.mentions.map((m) => ({ ...m, finding: f.id })));
const CONTEXT = { publicationDate: '2010-02-24', countryCode: 'CN' };

/** A mention's kind, words and normalised value, for comparing without offsets. */
function brief(m: Mention): [string, string, string | undefined] {
  if (m.kind === 'country') return [m.kind, m.text, m.code];
  if (m.kind === 'date') return [m.kind, m.text, m.iso];
  if (m.kind === 'instrument') return [m.kind, m.text, m.key];
  return [m.kind, m.text, m.name];
}
const of = (text: string, context = CONTEXT): ReturnType<typeof brief>[] =>
  extractMentions(text, context).map(brief);

describe('the shipped seed', () => {
  it('finds its dated events, each with its precision', () => {
    const dates = all.filter((m) => m.kind === 'date');
    expect(dates.map((m) => [m.text, m.iso, m.precision])).toEqual([
      ['since the release of the 2009 Report', '2009/2010-02-24', 'year'],
      ['December 2009', '2009-12', 'month'],
      ['2009', '2009', 'year'],
      ['2008', '2008', 'year'],
      ['April 2009', '2009-04', 'month'],
      ['July 2009', '2009-07', 'month'],
      ['2009', '2009', 'year'],
    ]);
    // The 2008 Dongguan scandal: the year and the place in one finding.
    const scandal = findings.find((f) => f.text.includes('Dongguan'));
    expect(scandal?.mentions.map(brief)).toContainEqual(['date', '2008', '2008']);
  });

  it('finds the span from May to November in the editor’s note, and does not guess its year', () => {
    const note = china.meta.editorsNote ?? '';
    const span = extractMentions(note, CONTEXT).find((m) => m.kind === 'date' && m.span);
    expect(span).toMatchObject({ kind: 'date', precision: 'month', span: true });
    expect(span?.text).toMatch(/^between the beginning of May .* and November$/u);
    expect(span && 'iso' in span ? span.iso : undefined).toBeUndefined();
  });

  it('finds its countries by name, alias, demonym and plural, each with its ISO code', () => {
    const countries = all.filter((m) => m.kind === 'country');
    const byText = Object.fromEntries(countries.map((m) => [m.text, m.code]));
    expect(byText).toEqual({
      China: 'CN',
      Chinese: 'CN',
      'Costa Rican': 'CR',
      'Costa Rica': 'CR',
      Burma: 'MM',
      Vietnam: 'VN',
      Laos: 'LA',
      Thailand: 'TH',
      'North Koreans': 'KP',
      'North Korea': 'KP',
    });
    expect(countries.find((m) => m.text === 'Burma')).toMatchObject({ name: 'Myanmar', slug: 'myanmar' });
  });

  it('finds its places and its instrument', () => {
    expect(all.filter((m) => m.kind === 'place').map(brief)).toEqual([
      ['place', 'Dongguan', 'Dongguan'],
      ['place', 'Guizhou province', 'Guizhou'],
    ]);
    expect(all.filter((m) => m.kind === 'instrument').map(brief)).toEqual([
      ['instrument', 'UN TIP Protocol', 'un-tip-protocol'],
    ]);
  });

  it('locates every mention by offsets that point at its words, leaving the text as it was', () => {
    for (const f of findings) for (const m of f.mentions) expect(f.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('countries', () => {
  it('reads aliases, demonyms and their plurals', () => {
    expect(of('Burmese workers and Thais crossed from Myanmar into Korea, North.')).toEqual([
      ['country', 'Burmese', 'MM'],
      ['country', 'Thais', 'TH'],
      ['country', 'Myanmar', 'MM'],
      ['country', 'Korea, North', 'KP'],
    ]);
    expect(of("Victims from Cote d'Ivoire and Lao girls were found.")).toEqual([
      ['country', "Cote d'Ivoire", 'CI'],
      ['country', 'Lao', 'LA'],
    ]);
  });

  it('gives a demonym shared by two countries to the independent one, or to none', () => {
    expect(of('American and Dominican officials met.')).toEqual([['country', 'American', 'US']]);
  });

  it('matches whole words only, and the longest name first', () => {
    expect(
      of('Nigerian traffickers worked in Nigeria, not Niger; the People’s Republic of China replied.'),
    ).toEqual([
      ['country', 'Nigerian', 'NG'],
      ['country', 'Nigeria', 'NG'],
      ['country', 'Niger', 'NE'],
      ['country', 'People’s Republic of China', 'CN'],
    ]);
  });

  it('makes plurals as English does', () => {
    expect([demonymPlural('North Korean'), demonymPlural('Chinese'), demonymPlural('Swiss')]).toEqual([
      'North Koreans',
      undefined,
      undefined,
    ]);
  });
});

describe('dates', () => {
  it('reads days, months, years and spans at their precision', () => {
    const found = extractMentions(
      'On 15 April 2009 and on May 3, 2009 police acted; between March and June 2009, and from 2007 to 2008, cases rose in 2006–2007.',
      CONTEXT,
    );
    expect(found.map((m) => (m.kind === 'date' ? [m.text, m.iso, m.precision, m.span] : []))).toEqual([
      ['15 April 2009', '2009-04-15', 'day', false],
      ['May 3, 2009', '2009-05-03', 'day', false],
      ['between March and June 2009', '2009-03/2009-06', 'month', true],
      ['from 2007 to 2008', '2007/2008', 'year', true],
      ['2006–2007', '2006/2007', 'year', true],
    ]);
  });

  it('resolves words relative to the time of writing against the publication date', () => {
    expect(
      of('Last year the government opened shelters, and since June 2008 it has trained police.'),
    ).toEqual([
      ['date', 'Last year', '2009'],
      ['date', 'since June 2008', '2008-06/2010-02-24'],
    ]);
  });

  it('never resolves a date whose year the text does not give', () => {
    const found = extractMentions(
      'In March, police raided brothels; the previous year they had not.',
      CONTEXT,
    );
    expect(found.map((m) => (m.kind === 'date' ? [m.text, m.iso, m.precision] : []))).toEqual([
      ['March', undefined, 'month'],
      ['the previous year', undefined, 'year'],
    ]);
  });

  it('does not take the verb "may" or a month name that is no date', () => {
    expect(of('Victims may be detained. May officials act? Courts may rule.')).toEqual([]);
  });
});

describe('places', () => {
  it('takes a capitalised name before a place noun, without the words that open a sentence', () => {
    expect(
      of('The Yunnan Province authorities and police in the Mekong region met at the Shan State border.'),
    ).toEqual([
      ['place', 'Yunnan Province', 'Yunnan'],
      ['place', 'Mekong region', 'Mekong'],
      ['place', 'Shan State border', 'Shan State'],
    ]);
  });

  it('takes a city of the gazetteer in the document’s country or a mentioned one', () => {
    expect(of('Victims were found in Shenzhen and in Bangkok, Thailand.')).toEqual([
      ['place', 'Shenzhen', 'Shenzhen'],
      ['place', 'Bangkok', 'Bangkok'],
      ['country', 'Thailand', 'TH'],
    ]);
  });

  it('does not take a capitalised word that is not a place', () => {
    // "Police" and "Most" are towns in Poland and Czechia, but neither country is mentioned; "Government",
    // "Ministry" and "Public Security" are institutions; a country before "border" is a country.
    expect(
      of('Police said the Ministry of Public Security and the Government acted at the Burma border.'),
    ).toEqual([['country', 'Burma', 'MM']]);
    expect(of('Most victims were helped.', { publicationDate: '2010-02-24', countryCode: 'CZ' })).toEqual([]);
  });
});

describe('instruments', () => {
  it('reads instruments by any alias, ILO conventions by number', () => {
    expect(of('It ratified the Palermo Protocol, ILO Convention No. 182 and the UNTOC.')).toEqual([
      ['instrument', 'Palermo Protocol', 'un-tip-protocol'],
      ['instrument', 'ILO Convention No. 182', 'ilo-c182'],
      ['instrument', 'UNTOC', 'untoc'],
    ]);
  });
});

describe('mentioned in', () => {
  it('indexes each country’s mentions in other countries’ documents, grouped by document', async () => {
    const { mentionedIn } = await import('../../src/data/mentions/mentioned-in.ts');
    const other = structuredClone(china);
    other.meta.slug = 'myanmar-2010';
    other.country = { written: 'Burma', name: 'Myanmar', slug: 'myanmar', code: 'MM', resolvedBy: 'alias' };
    const index = mentionedIn([china, other]);
    // China's own document does not count for China; the other document's mentions of China do.
    expect(index.get('china')?.map((d) => d.doc.meta.slug)).toEqual(['myanmar-2010']);
    expect(index.get('myanmar')?.map((d) => [d.doc.meta.slug, d.findings.map((f) => f.finding.id)])).toEqual([
      ['china-2010', ['china-continued-to-build-counter-trafficking']],
    ]);
    expect(index.get('north-korea')?.[0]?.findings).toHaveLength(1);
  });
});
