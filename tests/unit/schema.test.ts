// The document schema refuses models that break the invariants every page relies on.
import { describe, expect, it } from 'vitest';
import { buildDocument, DocumentSchema, type Document } from '../../src/model/refworld/index.ts';
import { exportText } from './export-text.ts';

const valid = (): Document =>
  structuredClone(
    buildDocument(
      exportText({
        body: ['The Government of Freedonia made limited progress. It did more.', 'Courts met.'],
      }),
      'seeds/freedonia.txt',
    ),
  );

const issues = (doc: unknown): string[] => {
  const result = DocumentSchema.safeParse(doc);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('the document schema', () => {
  it('accepts a model built from a seed', () => {
    expect(issues(valid())).toEqual([]);
  });

  it('refuses a paragraph whose separators do not sit between its findings', () => {
    const doc = valid();
    doc.paragraphs[0]?.separators.push(' ');
    expect(issues(doc)).toEqual(['a paragraph has one separator between each two findings']);
  });

  it('refuses two findings with one id in a document', () => {
    const doc = valid();
    const first = doc.paragraphs[0]?.findings[0];
    const other = doc.paragraphs[1]?.findings[0];
    if (first && other) other.id = first.id;
    expect(issues(doc)).toEqual(['finding ids are unique within a document']);
  });

  it('refuses paragraph indexes that skip or repeat', () => {
    const doc = valid();
    const second = doc.paragraphs[1];
    if (second) second.index = 3;
    expect(issues(doc)).toEqual(['paragraph indexes run 1, 2, 3 … in order']);
  });
});
