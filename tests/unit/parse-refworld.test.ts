// The Refworld export parser: each header field, line endings, soft wraps, heading lines and page chrome.
import { describe, expect, it } from 'vitest';
import { buildDocument, type Document } from '../../src/model/refworld/index.ts';
import { parseRefworld } from '../../src/model/refworld/parse-refworld.ts';
import { DEFAULT_PARTS, exportText } from './export-text.ts';
import { paragraphText } from '../../src/model/refworld/queries.ts';

const FILE = 'seeds/freedonia.txt';
const parse = (text: string) => parseRefworld(text, FILE);
const build = (text: string) => buildDocument(text, FILE);
const bodyTexts = (doc: Document) => doc.paragraphs.map((p) => paragraphText(p));

describe('header fields', () => {
  const raw = parse(exportText());
  const { meta } = build(exportText());

  it('reads "Last Updated:" as written, with its line, and as an ISO date-time in UTC', () => {
    expect(raw.lastUpdated).toEqual({ text: 'Monday, 3 October 2011, 09:05 GMT', line: 1 });
    expect(meta.lastUpdated).toEqual({
      text: 'Monday, 3 October 2011, 09:05 GMT',
      iso: '2011-10-03T09:05:00Z',
    });
  });

  it('reads the title line whole and splits it into document type and country', () => {
    expect(raw.title).toEqual({ text: 'Trafficking in Persons Interim Assessment - Freedonia', line: 3 });
    expect(meta.title).toBe('Trafficking in Persons Interim Assessment - Freedonia');
    expect(meta.documentType).toBe('Trafficking in Persons Interim Assessment');
    expect(meta.country).toBe('Freedonia');
  });

  it('splits the title at its last spaced dash, so a hyphenated country stays whole', () => {
    const doc = build(exportText({ title: 'Trafficking in Persons Interim Assessment - Guinea-Bissau' }));
    expect(doc.meta.documentType).toBe('Trafficking in Persons Interim Assessment');
    expect(doc.meta.country).toBe('Guinea-Bissau');
    expect(doc.meta.slug).toBe('guinea-bissau-2011');
  });

  it('accepts an en dash between document type and country', () => {
    const doc = build(exportText({ title: 'Trafficking in Persons Interim Assessment – Freedonia' }));
    expect(doc.meta.country).toBe('Freedonia');
    expect(doc.meta.title).toBe('Trafficking in Persons Interim Assessment – Freedonia');
  });

  it('reads the publisher', () => {
    expect(raw.publisher).toEqual({ text: 'United States Department of State', line: 5 });
    expect(meta.publisher).toBe('United States Department of State');
  });

  it('keeps the publication date as written and as an ISO date', () => {
    expect(raw.publicationDate).toEqual({ text: '14 March 2011', line: 6 });
    expect(meta.publicationDate.text).toBe('14 March 2011');
    expect(meta.publicationDate.iso).toBe('2011-03-14');
  });

  it('pads a one-digit day in the ISO date and keeps the written form', () => {
    const doc = build(exportText({ publicationDate: '4 July 2011' }));
    expect(doc.meta.publicationDate.text).toBe('4 July 2011');
    expect(doc.meta.publicationDate.iso).toBe('2011-07-04');
  });

  it('keeps the no-break spaces of the cite-as text', () => {
    expect(meta.citeAs).toBe(DEFAULT_PARTS.citeAs);
    expect(meta.citeAs).toContain('2011,\u00a0available at:\u00a0[accessed');
  });

  it('reads the disclaimer text that runs straight on from the word "Disclaimer"', () => {
    expect(raw.disclaimer).toEqual({ text: 'This fixture imitates a Refworld export for tests.', line: 8 });
    expect(meta.disclaimer).toBe('This fixture imitates a Refworld export for tests.');
  });

  it('reads a bracketed editor’s note before the body, brackets and soft wraps joined, not as a paragraph', () => {
    const note = '[From the introductory text:\n"In most cases, the assessment is a tool."]';
    const doc = build(exportText({ editorsNote: note }));
    expect(doc.meta.editorsNote).toBe(
      '[From the introductory text: "In most cases, the assessment is a tool."]',
    );
    expect(bodyTexts(doc)).toEqual(DEFAULT_PARTS.body);
  });

  it('leaves the optional fields out when the export has none of them', () => {
    const doc = build(exportText({ lastUpdated: null, citeAs: null, disclaimer: null, editorsNote: null }));
    for (const key of ['lastUpdated', 'lastUpdatedText', 'citeAs', 'disclaimer', 'editorsNote']) {
      expect(doc.meta).not.toHaveProperty(key);
    }
    expect(doc.meta.title).toBe(DEFAULT_PARTS.title);
    expect(bodyTexts(doc)).toEqual(DEFAULT_PARTS.body);
  });

  it('names the seed file and the digest of its text', () => {
    expect(meta.sourceFile).toBe('freedonia.txt');
    expect(meta.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('line endings and byte-order mark', () => {
  const lf = build(exportText());
  const sameText = (doc: Document) => ({ ...doc, meta: { ...doc.meta, sourceSha256: '' } });

  it('reads CRLF line endings as LF, with no carriage return left in any text', () => {
    const crlf = build(exportText({}, '\r\n'));
    expect(sameText(crlf)).toEqual(sameText(lf));
    expect(JSON.stringify(crlf)).not.toContain('\\r');
  });

  it('reads CR-only line endings as LF', () => {
    const cr = build(exportText({}, '\r'));
    expect(sameText(cr)).toEqual(sameText(lf));
    expect(JSON.stringify(cr)).not.toContain('\\r');
  });

  it('drops a byte-order mark, so "Last Updated:" on the first line is still recognized', () => {
    const bom = build(`\uFEFF${exportText()}`);
    expect(sameText(bom)).toEqual(sameText(lf));
    expect(JSON.stringify(bom)).not.toContain('\uFEFF');
  });

  it('digests the text as given, so a re-encoded seed is told apart', () => {
    expect(build(exportText({}, '\r\n')).meta.sourceSha256).not.toBe(lf.meta.sourceSha256);
  });
});

describe('body paragraphs', () => {
  it('joins a soft-wrapped paragraph with single spaces and numbers it from its first line', () => {
    const doc = build(
      exportText({ body: ['The Government of Freedonia made   \nlimited progress in the\nperiod.'] }),
    );
    expect(bodyTexts(doc)).toEqual(['The Government of Freedonia made limited progress in the period.']);
    expect(doc.paragraphs[0]?.line).toBe(10);
  });

  it('separates paragraphs by lines that hold only spaces, tabs or no-break spaces', () => {
    const text = exportText({ body: ['First paragraph.\n \t\u00a0\nSecond paragraph.'] });
    expect(bodyTexts(build(text))).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('keeps curly quotes, dashes and no-break spaces inside the text exactly', () => {
    const sentence = 'Officials called them “illegal workers” – the country’s term —\u00a0until 2010.';
    expect(bodyTexts(build(exportText({ body: [sentence] })))).toEqual([sentence]);
  });

  it('numbers paragraphs 1, 2, … in source order', () => {
    const doc = build(exportText({ body: ['One.', 'Two.', 'Three.'] }));
    expect(doc.paragraphs.map((p) => p.index)).toEqual([1, 2, 3]);
    expect(bodyTexts(doc)).toEqual(['One.', 'Two.', 'Three.']);
  });
});

describe('heading lines', () => {
  it('drops a heading line from the text and places the paragraphs below it under its section', () => {
    const doc = build(
      exportText({ body: ['Intro.', 'Prosecution', 'Courts convicted four.', 'More cases.'] }),
    );
    expect(bodyTexts(doc)).toEqual(['Intro.', 'Courts convicted four.', 'More cases.']);
    expect(doc.paragraphs.map((p) => p.section)).toEqual(['summary', 'prosecution', 'prosecution']);
    expect(doc.paragraphs[1]?.placement).toEqual({
      rule: 'heading',
      detail: 'under heading "Prosecution" (line 12)',
    });
  });

  it('recognizes a heading with a trailing colon, in any letter case', () => {
    const doc = build(
      exportText({ body: ['Intro.', 'Protection:', 'Shelters opened.', 'PREVENTION', 'A hotline.'] }),
    );
    expect(doc.paragraphs.map((p) => p.section)).toEqual(['summary', 'protection', 'prevention']);
    expect(bodyTexts(doc)).toEqual(['Intro.', 'Shelters opened.', 'A hotline.']);
  });

  it('recognizes a heading directly followed by its text with no blank line between', () => {
    const doc = build(exportText({ body: ['Intro.', 'Prevention\nThe government ran\na campaign.'] }));
    expect(bodyTexts(doc)).toEqual(['Intro.', 'The government ran a campaign.']);
    expect(doc.paragraphs[1]?.section).toBe('prevention');
    expect(doc.paragraphs[1]?.line).toBe(13);
  });

  it('treats a line that only starts with a heading word as text', () => {
    const doc = build(exportText({ body: ['Intro.', 'Prosecution of offenders increased.'] }));
    expect(bodyTexts(doc)).toEqual(['Intro.', 'Prosecution of offenders increased.']);
    expect(doc.paragraphs[1]?.placement.rule).toBe('keywords');
  });
});

describe('page chrome', () => {
  it('ends the document at "Search Refworld" and drops everything after it', () => {
    const text = exportText({ body: ['Intro.'] }) + '\nRelated documents\n\nAnother paragraph.\n';
    expect(bodyTexts(build(text))).toEqual(['Intro.']);
  });

  it('recognizes the chrome line directly under the last paragraph, with spaces around it', () => {
    const text = exportText({ body: ['Intro.\n  Search Refworld  \nFooter.'], chrome: false });
    expect(bodyTexts(build(text))).toEqual(['Intro.']);
  });

  it('reads an export that has no chrome line to its end', () => {
    expect(bodyTexts(build(exportText({ chrome: false })))).toEqual(DEFAULT_PARTS.body);
  });
});
