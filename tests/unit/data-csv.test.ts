// The CSV files from the document model: each table's header and rows as its columns say, and hostile text
// (quotes, commas, line breaks, a leading = or +) written so that a CSV parser and DuckDB read it back
// byte for byte, never altered to defuse a spreadsheet formula.
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/publish/data/csv.ts';
import { DOCUMENTS_TABLE, FINDINGS_TABLE, findingRows, TIERS_TABLE } from '../../src/publish/data/tables.ts';
import type { Document } from '../../src/model/refworld/schema.ts';
import { documentsIn } from '../../tooling/seeds.ts';

const docs = await documentsIn('tests/fixtures/archive');

const HOSTILE = [
  'He said "no, never", then left.',
  'A line\nbreak, and a "quoted\r\nline" too.',
  '=HYPERLINK("http://example.org","click")',
  '+1 in 5 victims, "re-trafficked".',
  '-2 or @SUM(A1)',
];

/** The fixture document with the most findings, its first findings' texts replaced by hostile ones. */
function hostileDocument(): Document {
  const count = (d: Document): number => d.paragraphs.reduce((n, p) => n + p.findings.length, 0);
  const doc = structuredClone(docs.reduce((a, b) => (count(b) > count(a) ? b : a)));
  const findings = doc.paragraphs.flatMap((p) => p.findings);
  expect(findings.length).toBeGreaterThanOrEqual(HOSTILE.length);
  HOSTILE.forEach((text, i) => Object.assign(findings[i]!, { text, mentions: [] }));
  return doc;
}

describe('CSV from the model', () => {
  it('writes documents.csv with one row per document, its header the columns’ names', () => {
    const [header, ...rows] = parse(toCsv(DOCUMENTS_TABLE, docs)) as string[][];
    expect(header).toEqual(DOCUMENTS_TABLE.columns.map((c) => c.name));
    expect(rows).toEqual(docs.map((d) => DOCUMENTS_TABLE.columns.map((c) => String(c.value(d) ?? ''))));
  });

  it('counts each section’s findings, summing to the document’s findings', () => {
    const [header, ...rows] = parse(toCsv(DOCUMENTS_TABLE, docs)) as string[][];
    const sections = header!.flatMap((name, i) => (name.startsWith('findings_') ? [i] : []));
    rows.forEach((row, i) => {
      const total = docs[i]!.paragraphs.reduce((n, p) => n + p.findings.length, 0);
      expect(row[header!.indexOf('findings')]).toBe(String(total));
      expect(sections.reduce((n, j) => n + Number(row[j]), 0)).toBe(total);
    });
  });

  it('leaves the placement empty when a document states none, and gives the one it states', () => {
    const [header, ...rows] = parse(toCsv(TIERS_TABLE, docs)) as string[][];
    const placement = header!.indexOf('placement');
    expect(rows.map((r) => r[placement])).toEqual(docs.map((d) => d.tier?.level ?? ''));
  });

  it('writes hostile text so that a CSV parser reads it back verbatim', () => {
    const csv = toCsv(FINDINGS_TABLE, findingRows([hostileDocument()]));
    const [header, ...rows] = parse(csv) as string[][];
    const texts = rows.map((r) => r[header!.indexOf('text')]);
    expect(texts).toEqual(expect.arrayContaining(HOSTILE));
    // Verbatim: no apostrophe or space is put before a leading = or +.
    expect(csv).toContain('"=HYPERLINK(""http://example.org"",""click"")"');
  });

  it('writes hostile text so that DuckDB reads it back byte for byte', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'data-csv-'));
    try {
      const file = path.join(dir, 'findings.csv');
      await writeFile(file, toCsv(FINDINGS_TABLE, findingRows([hostileDocument()])));
      const db = await (await DuckDBInstance.create(':memory:')).connect();
      const result = await db.runAndReadAll(`SELECT text FROM read_csv('${file}', all_varchar = true)`);
      db.closeSync();
      const texts = result.getRowObjectsJS().map((r) => String(r['text']));
      const bytes = texts.map((t) => Buffer.from(t).toString('hex'));
      expect(bytes).toEqual(expect.arrayContaining(HOSTILE.map((t) => Buffer.from(t).toString('hex'))));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
