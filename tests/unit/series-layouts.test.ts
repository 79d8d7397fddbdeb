// How the model reads each layout of the real series: title forms, header lines, the tier line and the
// sentences that state a placement, headings in any case, bullets, the trafficking profile, and the order
// of sections. Each export is built from the parts of tests/unit/export-text.ts, one part changed at a time.
import { describe, expect, it } from 'vitest';
import { buildDocument, presentSections, SeedError, type Document } from '../../src/model/refworld/index.ts';
import { isRanked, TIER_LEVELS } from '../../src/model/refworld/rules/series.ts';
import { exportText } from './export-text.ts';

const REPORT = '2017 Trafficking in Persons Report - Burma';
const report = (body: string[], title = REPORT): Document =>
  buildDocument(exportText({ title, publicationDate: '27 June 2017', body }), 'seeds/x.txt');
const errorOf = (body: string[]): string => {
  try {
    report(body);
  } catch (error) {
    if (error instanceof SeedError) return error.message;
    throw error;
  }
  throw new Error('expected a SeedError, but the seed was accepted');
};
const GOVERNMENT = 'The government made efforts.';

describe('titles', () => {
  it.each([
    ['U.S. Department of State 2002 Trafficking in Persons Report - China', '2002', 'china-2002-report'],
    ['Trafficking in Persons Report 2010 - Burma', '2010', 'burma-2010-report'],
    ['2011 Trafficking in Persons Report – Qatar', '2011', 'qatar-2011-report'],
    ['2013 Trafficking in Persons Report - Burma', '2013', 'burma-2013-report'],
  ])('reads "%s" as an annual report of its year', (title, year, slug) => {
    const { meta } = report([GOVERNMENT], title);
    expect([meta.series, meta.titleYear, meta.slug]).toEqual(['annual-report', year, slug]);
  });

  it('takes the year from the title, not from a later publication date', () => {
    const text = exportText({
      title: 'Trafficking in Persons Report 2010 - Burma',
      publicationDate: '3 January 2011',
    });
    expect(buildDocument(text, 'seeds/x.txt').meta.slug).toBe('burma-2010-report');
  });
});

describe('header lines', () => {
  const WITH_AUTHOR = exportText({ title: REPORT }).replace(
    'Publisher United States Department of State\n',
    'Publisher United States Department of State\nAuthor Office to Monitor and Combat Trafficking in Persons\n',
  );

  it('keeps an Author line between Publisher and Publication Date', () => {
    expect(buildDocument(WITH_AUTHOR, 'seeds/x.txt').meta.author).toBe(
      'Office to Monitor and Combat Trafficking in Persons',
    );
  });

  it('reads a Disclaimer at the end of the page as the disclaimer, not as a paragraph', () => {
    const doc = buildDocument(
      exportText({ title: REPORT, disclaimer: null, body: [GOVERNMENT, 'DisclaimerNot the text.'] }),
      'seeds/x.txt',
    );
    expect(doc.meta.disclaimer).toBe('Not the text.');
    expect(doc.paragraphs.map((p) => p.findings.map((f) => f.text))).toEqual([[GOVERNMENT]]);
  });

  it('still stops on an export whose header lacks a publication date', () => {
    const text = WITH_AUTHOR.replace(/^Publication Date .*\n/m, '');
    expect(() => buildDocument(text, 'seeds/x.txt')).toThrow(
      'seeds/x.txt:7: expected a "Publication Date <day month year>" line in the header',
    );
  });
});

describe('the tier line', () => {
  it.each([
    ['China (Tier 2)', 'Tier 2'],
    ['ALBANIA (TIER 2)', 'Tier 2'],
    ['HAITI (TIER 2 - WATCH LIST)', 'Tier 2 Watch List'],
    ['QATAR (TIER 2 WATCH LIST)', 'Tier 2 Watch List'],
    ['BURMA (Tier 2 Watch List)', 'Tier 2 Watch List'],
    ['BURMA (Tier 3)', 'Tier 3'],
    ['BURMA: Tier 2 Watch List', 'Tier 2 Watch List'],
    ['BURMA: TIER 3', 'Tier 3'],
    ['QATAR: TIER 1', 'Tier 1'],
    ['KOREA, NORTH: TIER 3', 'Tier 3'],
    ['LIBYA: SPECIAL CASE', 'Special Case'],
  ])('reads "%s" as %s, the document’s placement, and not as a finding', (line, level) => {
    const doc = report([line, GOVERNMENT]);
    expect(doc.tier).toEqual({ stated: 'tier-line', level, text: line, line: 10, evidence: [] });
    expect(doc.paragraphs.flatMap((p) => p.findings.map((f) => f.text))).toEqual([GOVERNMENT]);
  });

  it('reads a tier line followed on the next line by the first paragraph', () => {
    const doc = report([`BURMA: TIER 3\n${GOVERNMENT}`]);
    expect([doc.tier?.level, doc.paragraphs[0]?.line]).toEqual(['Tier 3', 11]);
  });

  it('tells a Special Case from a tier', () => {
    expect(TIER_LEVELS.filter((level) => !isRanked(level))).toEqual(['Special Case']);
  });

  it('reads no tier line later in the body', () => {
    expect(report([GOVERNMENT, 'BURMA: TIER 3']).tier).toBeUndefined();
  });

  it('reads no tier when none is stated', () => {
    expect(report([GOVERNMENT, 'It fears a Tier 3 ranking.'])).not.toHaveProperty('tier');
  });
});

describe('placement sentences', () => {
  it.each([
    ['Burma is placed on Tier 2 Watch List for its failure to act.', 'Tier 2 Watch List'],
    ['Burma’s placement on Tier 3 is due to its failure to act.', 'Tier 3'],
    ["Burma's placement on Tier 3 is due to its failure to act.", 'Tier 3'],
    ['Therefore Qatar was upgraded to Tier 1.', 'Tier 1'],
    ['Therefore Burma was downgraded to Tier 3.', 'Tier 3'],
    ['Therefore Burma remained on Tier 3.', 'Tier 3'],
  ])('reads "%s" as a placement on %s', (sentence, level) => {
    const doc = report([GOVERNMENT, sentence]);
    expect(doc.tier).toMatchObject({ stated: 'sentence', level, line: 12 });
  });

  it('keeps a sentence that agrees with the tier line as its evidence', () => {
    const doc = report(['BURMA: TIER 3', 'Therefore Burma was downgraded to Tier 3.']);
    expect(doc.tier).toEqual({
      stated: 'tier-line',
      level: 'Tier 3',
      text: 'BURMA: TIER 3',
      line: 10,
      evidence: [{ finding: 'therefore-burma-was-downgraded-to-tier', section: 'summary', line: 12 }],
    });
  });

  it('never reads the waiver sentence as a placement', () => {
    const waiver = 'Burma was granted a waiver from an otherwise required downgrade to Tier 3.';
    expect(report([GOVERNMENT, waiver])).not.toHaveProperty('tier');
    expect(report(['BURMA: Tier 2 Watch List', waiver]).tier?.level).toBe('Tier 2 Watch List');
  });

  it('stops the build when a sentence disagrees with the tier line, naming both lines', () => {
    expect(errorOf(['BURMA: TIER 3', 'Therefore Burma was upgraded to Tier 2.'])).toBe(
      'seeds/x.txt:12: expected one tier placement, but this paragraph states "Tier 2" and the tier line (line 10) "Tier 3"',
    );
  });
});

describe('sections as the export heads them', () => {
  const sections = (doc: Document) => doc.paragraphs.map((p) => [p.section, p.placement.rule]);

  it.each(['Prosecution', 'PROSECUTION', 'PROSECUTION:', 'prosecution'])(
    'reads the heading "%s" in any case, with or without a colon',
    (heading) => {
      expect(sections(report([GOVERNMENT, `${heading}\nCourts convicted two.`]))[1]).toEqual([
        'prosecution',
        'heading',
      ]);
    },
  );

  it.each([
    ['a run-on paragraph', ['Recommendations for Burma: Act; train; fund.'], 'opening'],
    ['items on the same line', ['PRIORITIZED RECOMMENDATIONS: Act; train; fund.'], 'opening'],
    ['a line of its own', ['RECOMMENDATIONS FOR BURMA\nAct; train; fund.'], 'heading'],
    ['a line of its own with a colon', ['RECOMMENDATIONS FOR BURMA:\nAct; train; fund.'], 'heading'],
    ['bullets', ['PRIORITIZED RECOMMENDATIONS:\n• Act now.\n• Train judges.'], 'heading'],
    [
      'bullets in blocks of their own',
      ['PRIORITIZED RECOMMENDATIONS:', '• Act now.', '• Train judges.'],
      'heading',
    ],
  ])('opens the recommendations with %s', (_, body, rule) => {
    const doc = report([GOVERNMENT, ...body]);
    expect(sections(doc).slice(1)).toEqual([['recommendations', rule]]);
  });

  it('makes each bullet one finding of a list paragraph, the marker in its text but not its id', () => {
    const doc = report([GOVERNMENT, 'PRIORITIZED RECOMMENDATIONS:\n• Act now. Then more.\n• Train\njudges.']);
    const list = doc.paragraphs[1];
    expect(list?.list).toBe(true);
    expect(list?.findings.map((f) => [f.id, f.text])).toEqual([
      ['act-now-then-more', '• Act now. Then more.'],
      ['train-judges', '• Train judges.'],
    ]);
  });

  it('places the TRAFFICKING PROFILE in its own section', () => {
    const doc = report([
      GOVERNMENT,
      'TRAFFICKING PROFILE\nAs reported over the past five years, men are exploited.',
    ]);
    expect(sections(doc)[1]).toEqual(['trafficking-profile', 'heading']);
  });

  it('lists the sections in the order the export gives them', () => {
    const doc = report([GOVERNMENT, 'Prevention\nA campaign ran.', 'Prosecution\nCourts convicted two.']);
    expect(presentSections(doc)).toEqual(['summary', 'prevention', 'prosecution']);
  });
});
