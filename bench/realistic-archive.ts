// `node bench/realistic-archive.ts <dir> [N]`: writes the realistic archive (every era of the series, made-up
// sentences, each era's length; see bench/archive/) into <dir>, all of it or N documents stratified by era,
// and prints its totals. `npm run bench:build -- --archive` writes and builds it.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportText } from './archive/export-text.ts';
import { ERAS, planArchive, selectStratified, type Era, type PlannedDocument } from './archive/plan.ts';
import { settingOf } from './archive/setting.ts';

/** What an archive written to disk holds. */
export interface ArchiveTotals {
  documents: number;
  sentences: number;
  bytes: number;
  byEra: Record<Era, { documents: number; sentences: number }>;
}

/** The text of each planned document, with its sentence count. */
export function archiveTexts(
  docs: readonly PlannedDocument[],
): { doc: PlannedDocument; text: string; sentences: number }[] {
  const names = [...new Set(docs.map((d) => d.country))];
  return docs.map((doc) => ({ doc, ...exportText(doc, settingOf(doc.country, doc.year, names)) }));
}

/** Sums documents and sentences, by era. */
export function totalsOf(
  written: readonly { doc: PlannedDocument; text: string; sentences: number }[],
): ArchiveTotals {
  const byEra = Object.fromEntries(
    ERAS.map((e) => [e, { documents: 0, sentences: 0 }]),
  ) as ArchiveTotals['byEra'];
  let sentences = 0;
  let bytes = 0;
  for (const w of written) {
    byEra[w.doc.era].documents += 1;
    byEra[w.doc.era].sentences += w.sentences;
    sentences += w.sentences;
    bytes += Buffer.byteLength(w.text);
  }
  return { documents: written.length, sentences, bytes, byEra };
}

/**
 * Replaces `dir` with the archive: every document, or `count` of them stratified by era.
 * @returns the totals of what was written
 */
export async function writeArchive(dir: string, count?: number): Promise<ArchiveTotals> {
  const all = planArchive();
  const docs = count === undefined ? all : selectStratified(all, count);
  const written = archiveTexts(docs);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const w of written) await writeFile(path.join(dir, w.doc.file), w.text);
  return totalsOf(written);
}

/** The totals as lines: all, then per era. */
export function totalsLines(t: ArchiveTotals): string[] {
  return [
    `${t.documents} documents, ${t.sentences.toLocaleString('en-US')} sentences, ${(t.bytes / 1e6).toFixed(1)} MB`,
    ...ERAS.map(
      (e) =>
        `  ${e}: ${t.byEra[e].documents} documents, ${t.byEra[e].sentences.toLocaleString('en-US')} sentences` +
        (t.byEra[e].documents > 0
          ? ` (${(t.byEra[e].sentences / t.byEra[e].documents).toFixed(0)} per document)`
          : ''),
    ),
  ];
}

if (import.meta.main) {
  const [dir, n] = process.argv.slice(2);
  if (dir === undefined || (n !== undefined && !/^\d+$/.test(n))) {
    console.error('usage: node bench/realistic-archive.ts <dir> [N]');
    process.exit(1);
  }
  const totals = await writeArchive(path.resolve(dir), n === undefined ? undefined : Number(n));
  console.log(totalsLines(totals).join('\n'));
}
