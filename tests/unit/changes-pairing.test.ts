// How two documents about one country are compared: kept verbatim, reworded (paired by the similarity
// of their words, with a word-level diff), new and dropped. The expected classes are written by hand from
// the fixtures in tests/fixtures/archive/, whose sentences were written to fall in each class.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairFindings } from '../../src/model/changes/pair-findings.ts';
import { newestFirst } from '../../src/model/archive/group-documents.ts';
import {
  comparedFindings,
  previousDocument,
  previousDocuments,
} from '../../src/model/changes/previous-document.ts';
import { similarity } from '../../src/model/changes/similarity.ts';
import { wordDiff } from '../../src/model/changes/word-diff.ts';
import { buildDocument, type Document } from '../../src/model/refworld/index.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/archive');
const fixture = (name: string): Document =>
  buildDocument(readFileSync(path.join(FIXTURES, name), 'utf8'), `seeds/${name}`);
const report2009 = fixture('ruritania-2009-tip-report.txt');
const interim2010 = fixture('ruritania-2010-tip-interim-assessment.txt');
const report2010 = fixture('ruritania-2010-tip-report.txt');
const korea = fixture('korea-north-2010-tip-report.txt');
const compare = (a: Document, b: Document) => pairFindings(comparedFindings(a), comparedFindings(b));
const start = (text: string) => text.split(' ').slice(0, 4).join(' ');

describe('the previous document about the same country', () => {
  const all = [report2010, korea, report2009, interim2010];
  it('is the latest earlier one of any series', () => {
    expect(previousDocument(interim2010, all)?.meta.slug).toBe('ruritania-2009-report');
    expect(previousDocument(report2010, all)?.meta.slug).toBe('ruritania-2010');
  });
  it('is none for a country’s first document', () => {
    expect(previousDocument(report2009, all)).toBeUndefined();
    expect(previousDocument(korea, all)).toBeUndefined();
  });
  it('is, for two documents of the same day, the one first by slug, from the archive’s one order', () => {
    const sameDay = {
      ...report2010,
      meta: { ...report2010.meta, publicationDate: interim2010.meta.publicationDate },
    };
    const previous = (read: Document[]) =>
      [...previousDocuments(newestFirst(read))].map(([slug, doc]) => `${slug} < ${doc.meta.slug}`).sort();
    expect(previous([sameDay, interim2010, report2009])).toEqual([
      'ruritania-2010 < ruritania-2009-report',
      'ruritania-2010-report < ruritania-2010',
    ]);
    expect(previous([report2009, interim2010, sameDay])).toEqual(
      previous([sameDay, interim2010, report2009]),
    );
  });
});

describe('pairing the 2010 interim assessment with the 2009 report', () => {
  const result = compare(report2009, interim2010);

  it('finds the findings kept word for word', () => {
    expect(result.kept.map((k) => start(k.new.text))).toEqual([
      'Ruritania is a source',
      'The government made modest',
      'The Ministry of Labor',
    ]);
  });

  it('pairs reworded findings with the old ones they reword', () => {
    expect(result.reworded.map((r) => [start(r.old.text), start(r.new.text)])).toEqual([
      ['Courts convicted six trafficking', 'Courts convicted eleven trafficking'],
      ["Strelsau's only shelter for", "Strelsau's only shelter for"],
    ]);
    expect(result.reworded[1]?.old.text).toContain('closed in March 2009');
    expect(result.reworded[1]?.new.text).toContain('reopened in October 2009');
  });

  it('lists what is new and what was dropped', () => {
    expect(result.added.map((f) => start(f.text))).toEqual([
      'The Government of Ruritania',
      'Police officers in three',
      'Ruritania signed a memorandum',
    ]);
    expect(result.dropped.map((f) => start(f.text))).toEqual([
      'Ruritania is placed on',
      'The Government of Ruritania',
      'Recommendations for Ruritania: Enact',
      'The government did not',
    ]);
  });

  it('classifies every finding of both documents exactly once', () => {
    const oldIds = [...result.kept, ...result.reworded]
      .map((p) => p.old.id)
      .concat(result.dropped.map((f) => f.id));
    const newIds = [...result.kept, ...result.reworded]
      .map((p) => p.new.id)
      .concat(result.added.map((f) => f.id));
    expect(oldIds.sort()).toEqual(
      comparedFindings(report2009)
        .map((f) => f.id)
        .sort(),
    );
    expect(newIds.sort()).toEqual(
      comparedFindings(interim2010)
        .map((f) => f.id)
        .sort(),
    );
  });
});

describe('pairing the 2010 report with the 2010 interim assessment', () => {
  const result = compare(interim2010, report2010);
  it('has the classes the fixtures were written for', () => {
    expect(result.kept).toHaveLength(4);
    expect(result.reworded.map((r) => [r.old.text.includes('three'), r.new.text.includes('five')])).toEqual([
      [true, true],
    ]);
    expect(result.added.map((f) => start(f.text))).toEqual([
      'Ruritania is placed on',
      'Recommendations for Ruritania: Enact',
    ]);
    expect(result.dropped.map((f) => start(f.text))).toEqual([
      'The Government of Ruritania',
      'The government made modest',
      'Ruritania signed a memorandum',
    ]);
  });
  it('keeps a finding that moved to another section as kept, with both sections', () => {
    const moved = pairFindings(
      [{ id: 'a', text: 'Same words.', section: 'summary' }],
      [{ id: 'b', text: 'Same words.', section: 'prevention' }],
    );
    expect(moved.kept).toEqual([
      {
        old: { id: 'a', text: 'Same words.', section: 'summary' },
        new: { id: 'b', text: 'Same words.', section: 'prevention' },
      },
    ]);
  });
});

describe('similarity and the word diff', () => {
  it('is the Dice coefficient of the word multisets, ignoring case, accents and punctuation', () => {
    expect(similarity('A b c d.', 'a B c e')).toBe(0.75);
    expect(similarity('Côte', 'cote')).toBe(1);
    expect(similarity('one two', 'three four')).toBe(0);
  });

  it('pairs the most similar first, each finding at most once, and leaves the rest unpaired', () => {
    const older = [
      { id: 'o1', text: 'Police arrested ten traffickers in the capital.', section: 'prosecution' as const },
      {
        id: 'o2',
        text: 'Police arrested twelve traffickers in the capital city.',
        section: 'prosecution' as const,
      },
    ];
    const newer = [
      {
        id: 'n1',
        text: 'Police arrested twelve traffickers in the capital.',
        section: 'prosecution' as const,
      },
    ];
    // n1 shares 6 of 7 + 7 words with o1 (12/14 = 0.857) and 7 of 8 + 7 with o2 (14/15 = 0.933).
    const result = pairFindings(older, newer);
    expect(result.reworded.map((r) => [r.old.id, r.new.id, r.similarity])).toEqual([['o2', 'n1', 0.933]]);
    expect(result.dropped.map((f) => f.id)).toEqual(['o1']);
  });

  it('marks the words removed and added, and the runs rejoin into each sentence', () => {
    const oldText = 'Courts convicted six trafficking offenders in 2008.';
    const newText = 'Courts convicted eleven trafficking offenders in 2009.';
    const parts = wordDiff(oldText, newText);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['six', '2008']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['eleven', '2009']);
    const without = (kind: string) =>
      parts
        .filter((p) => p.kind !== kind)
        .map((p) => p.text)
        .join('');
    expect(without('added')).toBe(oldText);
    expect(without('removed')).toBe(newText);
  });
});
