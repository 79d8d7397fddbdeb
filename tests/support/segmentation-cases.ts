// The sentence-boundary suite (tests/fixtures/segmentation/cases.yaml), read and checked once for the
// unit tests and the bench, and the scoring both use.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const FILE = path.resolve(import.meta.dirname, '../fixtures/segmentation/cases.yaml');

/** One case of the suite. */
const CaseSchema = z.strictObject({
  /** The failure class it checks (lists, abbreviations, ellipses, quotes…). */
  class: z.string().min(1),
  /** What it checks; also the test's name. */
  name: z.string().min(1),
  /** The paragraph to split. */
  text: z.string().min(1),
  /** The sentences it must be cut into, in order. */
  sentences: z.array(z.string().min(1)).min(1),
});

export type SegmentationCase = z.infer<typeof CaseSchema>;

/** The suite's cases, in file order; names are unique. */
export function loadSegmentationCases(): SegmentationCase[] {
  const cases = z.array(CaseSchema).parse(parse(readFileSync(FILE, 'utf8')));
  const names = new Set(cases.map((c) => c.name));
  if (names.size !== cases.length) throw new Error(`${FILE}: two cases share a name; names must be unique`);
  return cases;
}

/** What bare `Intl.Segmenter` makes of a text: its segments, trailing whitespace removed. */
export function intlSentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.trimEnd()).filter((s) => s !== '');
}

/** The cases a splitter gets wrong, each with what it returned. */
export function failures(
  cases: readonly SegmentationCase[],
  split: (text: string) => string[],
): { case: SegmentationCase; got: string[] }[] {
  return cases
    .map((c) => ({ case: c, got: split(c.text) }))
    .filter(({ case: c, got }) => JSON.stringify(got) !== JSON.stringify(c.sentences));
}
