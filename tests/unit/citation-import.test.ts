// Citation files are data a reference manager imports: each one, parsed back by a parser reference
// managers use (Better BibTeX for Zotero's @retorquere/bibtex-parser; biblatex-csl-converter's RIS reader,
// as Fidus Writer imports; CSL-JSON is JSON), gives the title exactly as the export's title line writes it,
// and the publisher and date the export gives.
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parseRIS } from 'biblatex-csl-converter';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeFile } from '../../src/publish/citation/cite-files.ts';
import { citationMetaTags } from '../../src/publish/citation/citation-meta.ts';
import { ROOT } from '../../tooling/paths.ts';
import { seedsIn } from '../../tooling/seeds.ts';

const seeds = [
  ...(await seedsIn()),
  ...(await seedsIn('tests/fixtures/archive')),
  ...(await seedsIn('tests/fixtures/eras')),
];
const URL = 'https://example.org/doc/';

/** The export's title line: its first non-blank line after the optional "Last Updated:" line. */
async function titleLine(file: string): Promise<string> {
  const lines = (await readFile(path.resolve(ROOT, file), 'utf8')).split(/\r\n|\r|\n/);
  const text = lines.map((l) => l.trim()).filter((l) => l !== '');
  return (text[0]?.startsWith('Last Updated:') ? text[1] : text[0]) ?? '';
}

/** The plain text of a biblatex-csl-converter rich-text field. */
const plain = (nodes: { text?: string }[] | undefined): string => (nodes ?? []).map((n) => n.text).join('');

describe.each(seeds.map((s) => [s.document.meta.slug, s] as const))('%s', (_slug, seed) => {
  const { meta } = seed.document;

  it('cite.bib parses with @retorquere/bibtex-parser to the title line, publisher and year', async () => {
    const { entries, errors } = parseBibtex(citeFile(meta, URL, 'bib'));
    expect(errors).toEqual([]);
    expect(entries[0]?.fields['title']).toBe(await titleLine(seed.path));
    expect(entries[0]?.fields['institution']).toEqual([meta.publisher]);
    expect(entries[0]?.fields['year']).toBe(meta.publicationDate.iso.slice(0, 4));
  });

  it('cite.ris parses with an RIS reader to the title line and publisher', async () => {
    const { entries, errors } = parseRIS(citeFile(meta, URL, 'ris'));
    const entry = Object.values(entries)[0];
    expect(errors).toEqual([]);
    expect(plain(entry?.fields['title'] as { text?: string }[])).toBe(await titleLine(seed.path));
    expect((entry?.fields['publisher'] as { text?: string }[][])[0]?.[0]?.text).toBe(meta.publisher);
  });

  it('cite.json parses as CSL-JSON to the title line, publisher and full date', async () => {
    const [item] = JSON.parse(citeFile(meta, URL, 'json')) as Record<string, unknown>[];
    expect(item?.['title']).toBe(await titleLine(seed.path));
    expect(item?.['publisher']).toBe(meta.publisher);
    expect(item?.['issued']).toEqual({ 'date-parts': [meta.publicationDate.iso.split('-').map(Number)] });
  });

  it('the citation_title and DC.title tags are the title line', async () => {
    const tags = new Map(citationMetaTags(meta).map((t) => [t.name, t.content]));
    expect(tags.get('citation_title')).toBe(await titleLine(seed.path));
    expect(tags.get('DC.title')).toBe(await titleLine(seed.path));
  });
});
