// The archive's model: which series a title belongs to, the tier a text states (never guessed), and the
// country a title names, resolved to an ISO 3166 code through the dataset or an alias, or not at all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSeries } from '../../src/model/refworld/detect-series.ts';
import { buildDocument, SeedError } from '../../src/model/refworld/index.ts';
import { resolveCountry } from '../../src/model/refworld/resolve-country.ts';
import { exportText } from './export-text.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/archive');
const fixture = (name: string) =>
  buildDocument(readFileSync(path.join(FIXTURES, name), 'utf8'), `seeds/${name}`);
const REPORT_TITLE = '2010 Trafficking in Persons Report - Freedonia';

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SeedError) return error.message;
    throw error;
  }
  throw new Error('expected a SeedError');
}

describe('series detection', () => {
  it('reads an interim assessment title', () => {
    const match = detectSeries('Trafficking in Persons Interim Assessment - China', 'x.txt', 3);
    expect([match.key, match.documentType, match.country]).toEqual([
      'interim-assessment',
      'Trafficking in Persons Interim Assessment',
      'China',
    ]);
  });

  it('reads an annual report title, year and all', () => {
    const match = detectSeries('2010 Trafficking in Persons Report – Korea, North', 'x.txt', 3);
    expect([match.key, match.documentType, match.country]).toEqual([
      'annual-report',
      '2010 Trafficking in Persons Report',
      'Korea, North',
    ]);
  });

  it('stops the build on a title of no series, naming the file, the line and the shapes it expected', () => {
    expect(
      errorOf(() =>
        buildDocument(exportText({ title: 'Country Report on Human Rights - Freedonia' }), 'seeds/x.txt'),
      ),
    ).toBe(
      'seeds/x.txt:3: expected a title of a known series, "<year> Trafficking in Persons Report - <country>" or "Trafficking in Persons Report <year> - <country>" or "U.S. Department of State <year> Trafficking in Persons Report - <country>" or "Trafficking in Persons Interim Assessment - <country>", found "Country Report on Human Rights - Freedonia"',
    );
  });

  it('gives an annual report an address of its own beside the interim assessment of the same year', () => {
    const title = '2011 Trafficking in Persons Report - Freedonia';
    const report = buildDocument(exportText({ title }), 'seeds/x.txt');
    const interim = buildDocument(exportText(), 'seeds/y.txt');
    expect([report.meta.series, report.meta.slug]).toEqual(['annual-report', 'freedonia-2011-report']);
    expect([interim.meta.series, interim.meta.slug]).toEqual(['interim-assessment', 'freedonia-2011']);
  });

  it('places an annual report by its heading lines and its "Recommendations for <country>" paragraph', () => {
    const doc = fixture('ruritania-2009-tip-report.txt');
    expect(doc.paragraphs.map((p) => [p.section, p.placement.rule])).toEqual([
      ['summary', 'position'],
      ['summary', 'position'],
      ['recommendations', 'opening'],
      ['prosecution', 'heading'],
      ['protection', 'heading'],
      ['prevention', 'heading'],
    ]);
  });
});

describe('tier extraction', () => {
  it('reads the tier an annual report states, with the finding that states it', () => {
    const doc = fixture('ruritania-2009-tip-report.txt');
    expect(doc.tier).toEqual({
      stated: 'sentence',
      level: 'Tier 2 Watch List',
      finding: 'ruritania-is-placed-on-tier-2',
      section: 'summary',
      line: 10,
    });
    expect(fixture('ruritania-2010-tip-report.txt').tier?.level).toBe('Tier 3');
  });

  it('leaves the tier out when the text states none, even when it speaks of tiers', () => {
    const body = [
      'The government made progress.',
      'It was placed on Tier 2 Watch List in 2008 and fears a Tier 3 ranking.',
    ];
    expect(buildDocument(exportText({ title: REPORT_TITLE, body }), 'seeds/x.txt')).not.toHaveProperty(
      'tier',
    );
    expect(fixture('korea-north-2010-tip-report.txt')).not.toHaveProperty('tier');
  });

  it('reads no tier from an interim assessment, whose series states none', () => {
    const body = ['Freedonia is placed on Tier 3.'];
    expect(buildDocument(exportText({ body }), 'seeds/x.txt')).not.toHaveProperty('tier');
    expect(fixture('ruritania-2010-tip-interim-assessment.txt')).not.toHaveProperty('tier');
  });

  it('stops the build when two sentences state different tiers', () => {
    const body = ['Freedonia is placed on Tier 2.', 'Freedonia is placed on Tier 3.'];
    expect(errorOf(() => buildDocument(exportText({ title: REPORT_TITLE, body }), 'seeds/x.txt'))).toBe(
      'seeds/x.txt:12: expected one tier placement, but this paragraph states "Tier 3" and line 10 "Tier 2"',
    );
  });
});

describe('country resolution', () => {
  it('resolves a name the dataset knows to its ISO 3166-1 code', () => {
    expect(resolveCountry('China')).toEqual({
      written: 'China',
      name: 'China',
      slug: 'china',
      code: 'CN',
      resolvedBy: 'dataset',
    });
  });

  it('resolves the State Department’s names through the aliases kept as data', () => {
    expect(resolveCountry('Korea, North')).toMatchObject({
      name: 'North Korea',
      slug: 'north-korea',
      code: 'KP',
      resolvedBy: 'alias',
    });
    expect(resolveCountry('Burma')).toMatchObject({
      name: 'Myanmar',
      slug: 'myanmar',
      code: 'MM',
      resolvedBy: 'alias',
    });
    expect(resolveCountry('Côte d’Ivoire')).toMatchObject({ code: 'CI', resolvedBy: 'alias' });
  });

  it('keeps a country the dataset does not know under its own name, with no code', () => {
    expect(resolveCountry('Ruritania')).toEqual({
      written: 'Ruritania',
      name: 'Ruritania',
      slug: 'ruritania',
      resolvedBy: 'unknown',
    });
  });

  it('puts the resolved country in the document model', () => {
    expect(fixture('korea-north-2010-tip-report.txt').country).toMatchObject({
      written: 'Korea, North',
      code: 'KP',
    });
  });
});
