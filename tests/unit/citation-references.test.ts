// References to the shipped seed in APA 7, Chicago (note and bibliography) and BibTeX, checked by hand
// against the manuals: group author, year, title in the case each style wants, the cited URL, no access date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceTitle } from '../../src/publish/citation/csl-item.ts';
import { referencesFor } from '../../src/publish/citation/references.ts';
import { sentenceCase } from '../../src/publish/citation/sentence-case.ts';
import { buildDocument } from '../../src/model/refworld/build-document.ts';

const SEED = 'seeds/china-2010-tip-interim-assessment.txt';
const { meta } = buildDocument(readFileSync(SEED, 'utf8'), SEED);
const FINDING =
  'https://tip-assessments.example.org/china-2010/prosecution/#in-april-2009-chinese-officials-collaborated';
const PAGE = 'https://tip-assessments.example.org/china-2010/protection/';
const refs = referencesFor(meta, FINDING);

describe('references to a finding of the shipped seed', () => {
  // APA 7 10.4 (reports by a group author): Author. (Year). *Title in sentence case*. URL — the publisher is
  // left out because it is the author (9.29), no retrieval date for a dated, unchanging work (9.16), and no
  // full stop after the URL (9.35).
  it('gives the APA 7 reference-list entry', () => {
    expect(refs.apa.text).toBe(
      `United States Department of State. (2010). Trafficking in persons interim assessment – China. ${FINDING}`,
    );
  });

  it('sets the title in italics in the APA entry it shows', () => {
    expect(refs.apa.html).toBe(
      `United States Department of State. (2010). <i>Trafficking in persons interim assessment – China</i>. ${FINDING}`,
    );
  });

  // Chicago 17th, notes and bibliography, a government publication: full note "Body, *Title* (Publisher,
  // Year), URL." with the title in headline style; no place is known from the export, so none is given.
  it('gives the Chicago full note', () => {
    expect(refs.chicagoNote.html).toBe(
      'United States Department of State, <i>Trafficking in Persons Interim Assessment – China</i> ' +
        `(United States Department of State, 2010), ${FINDING}.`,
    );
  });

  // The bibliography entry: "Body. *Title*. Publisher, Year. URL." with full stops between the parts.
  it('gives the Chicago bibliography entry', () => {
    expect(refs.chicagoBibliography.html).toBe(
      'United States Department of State. <i>Trafficking in Persons Interim Assessment – China</i>. ' +
        `United States Department of State, 2010. ${FINDING}.`,
    );
  });

  it('gives the plain text of the Chicago note without markup', () => {
    expect(refs.chicagoNote.text).toBe(
      'United States Department of State, Trafficking in Persons Interim Assessment – China ' +
        `(United States Department of State, 2010), ${FINDING}.`,
    );
  });

  // A corporate author in double braces (so BibTeX never splits it into names), the title as the export's
  // title line (its spaced hyphen stays a hyphen) in braces of its own, so that neither a style nor an import
  // lowers its case, the institution a @techreport requires.
  it('gives a BibTeX @techreport entry', () => {
    expect(refs.bibtex).toBe(
      [
        '@techreport{United2010Trafficking,',
        '\tauthor = {{United States Department of State}},',
        '\tyear = {2010},',
        '\tinstitution = {United States Department of State},',
        '\ttitle = {{{Trafficking} in {Persons} {Interim} {Assessment} - {China}}},',
        `\turl = {${FINDING}},`,
        '}',
      ].join('\n'),
    );
  });
});

describe('references to a page', () => {
  it('cite the page URL in every format', () => {
    const page = referencesFor(meta, PAGE);
    expect([page.apa.text, page.chicagoNote.text, page.chicagoBibliography.text, page.bibtex]).toEqual([
      expect.stringContaining(` ${PAGE}`),
      expect.stringContaining(` ${PAGE}.`),
      expect.stringContaining(` ${PAGE}.`),
      expect.stringContaining(`url = {${PAGE}}`),
    ]);
  });
});

describe('titles', () => {
  it('lower-cases the capitalised words of a title after the first, keeping proper nouns', () => {
    expect(sentenceCase('Trafficking in Persons Report on Costa Rica', ['Costa Rica'])).toBe(
      'Trafficking in persons report on Costa Rica',
    );
  });

  it('keeps acronyms in capitals', () => {
    expect(sentenceCase('Annual TIP Assessment')).toBe('Annual TIP assessment');
  });

  it('joins document type and country with an en dash where the export has a spaced hyphen', () => {
    expect(meta.title).toBe('Trafficking in Persons Interim Assessment - China');
    expect(referenceTitle(meta)).toBe('Trafficking in persons interim assessment – China');
  });
});
