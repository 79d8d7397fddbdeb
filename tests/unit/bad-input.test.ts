// Every kind of bad seed stops with a SeedError whose one-line message names the file, the line and what
// was expected there.
import { describe, expect, it } from 'vitest';
import { buildDocument, decodeSeed, SeedError } from '../../src/model/refworld/index.ts';
import { SeedErrors } from '../../src/model/refworld/seed-errors.ts';
import { seedsIn } from '../../tooling/seeds.ts';
import { badSeeds } from '../support/bad-seeds.ts';
import { exportText } from './export-text.ts';

const FILE = 'seeds/bad.txt';
const EMPTY =
  'seeds/bad.txt:1: expected a Refworld export (a title line, then "Publisher" and "Publication Date" lines), but the file is empty';
const NO_PUBLISHER = 'expected a "Publisher <name>" line after the title (is this a Refworld export?)';
const NO_BODY = 'expected at least one body paragraph after the header, separated by a blank line';

/** The error buildDocument throws for `text`, or a failure if it throws none. */
function errorOf(text: string): SeedError {
  try {
    buildDocument(text, FILE);
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('expected a SeedError, but the seed was accepted');
}

const CASES: [kind: string, text: string, message: string][] = [
  ['an empty file', '', EMPTY],
  ['a file of whitespace only', ' \n\t\n\u00a0\n\n', EMPTY],
  [
    'a file that is not a Refworld export',
    'Dear colleagues,\nplease find the report attached.\n\nKind regards\n',
    `seeds/bad.txt:2: ${NO_PUBLISHER}`,
  ],
  [
    'a missing title line',
    exportText({ title: null }),
    'seeds/bad.txt:3: expected the title line ("<document type> - <country>") before the "Publisher" line',
  ],
  ['a missing Publisher line', exportText({ publisher: null }), `seeds/bad.txt:5: ${NO_PUBLISHER}`],
  [
    'a missing Publication Date line',
    exportText({ publicationDate: null }),
    'seeds/bad.txt:6: expected a "Publication Date <day month year>" line in the header',
  ],
  [
    'a publication date that cannot be read',
    exportText({ publicationDate: 'March 2011' }),
    'seeds/bad.txt:6: expected a publication date like "24 February 2010", found "March 2011"',
  ],
  [
    'a publication date that does not exist',
    exportText({ publicationDate: '30 February 2011' }),
    'seeds/bad.txt:6: expected a publication date like "24 February 2010", found "30 February 2011"',
  ],
  [
    'a "Last Updated:" date that cannot be read',
    exportText({ lastUpdated: 'last Monday' }),
    'seeds/bad.txt:1: expected a date like "Tuesday, 24 May 2016, 11:51 GMT", found "last Monday"',
  ],
  [
    'a title without " - <country>"',
    exportText({ title: 'Trafficking in Persons Interim Assessment' }),
    'seeds/bad.txt:3: expected a title of a known series, "<year> Trafficking in Persons Report - <country>" or "Trafficking in Persons Report <year> - <country>" or "U.S. Department of State <year> Trafficking in Persons Report - <country>" or "Trafficking in Persons Interim Assessment - <country>", found "Trafficking in Persons Interim Assessment"',
  ],
  [
    'a country with no letters or digits',
    exportText({ title: 'Trafficking in Persons Interim Assessment - ???' }),
    'seeds/bad.txt:3: expected a country with letters or digits after the title\'s " - ", found "???"',
  ],
  ['a header with no body paragraph', exportText({ body: [], chrome: false }), `seeds/bad.txt:9: ${NO_BODY}`],
  ['a header with only page chrome after it', exportText({ body: [] }), `seeds/bad.txt:10: ${NO_BODY}`],
  [
    'a header with only an editor’s note after it',
    exportText({ body: [], editorsNote: '[A note.]' }),
    `seeds/bad.txt:10: ${NO_BODY}`,
  ],
  [
    'a header with only a heading line after it',
    exportText({ body: ['Prosecution'] }),
    `seeds/bad.txt:10: ${NO_BODY}`,
  ],
];

describe('bad seeds', () => {
  it.each(CASES)('%s', (_, text, message) => {
    const error = errorOf(text);
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('\n');
    expect(`${error.file}:${error.line}`).toBe(message.slice(0, message.indexOf(': expected')));
  });

  // The fixtures the build test feeds to `astro build`, read here as the build reads them, without one.
  it.each(badSeeds())('gives the expected error for the $name fixture', async ({ folder, message }) => {
    const error = await seedsIn(folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedErrors);
    expect((error as SeedErrors).errors.map((e) => e.message)).toEqual([message]);
  });

  it('reads the same message for a seed with CRLF line endings', () => {
    expect(errorOf(exportText({ publisher: null }, '\r\n')).message).toBe(`seeds/bad.txt:5: ${NO_PUBLISHER}`);
  });
});

describe('decodeSeed', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('returns the text of a UTF-8 seed unchanged, byte-order mark and all', () => {
    const text = `\uFEFF${exportText({ body: ['“Curly” – quoted\u00a0text.'] })}`;
    expect(decodeSeed(utf8(text), FILE)).toBe(text);
  });

  it('refuses a byte that is not UTF-8, naming its line, instead of turning it into U+FFFD', () => {
    // A Windows-1252 export: 0x93 and 0x94 are its curly quotes, which are not UTF-8.
    const [before = '', after = ''] = exportText({ body: ['Officials called them QUOTED.'] }, '\r\n').split(
      'QUOTED',
    );
    const bytes = Buffer.concat([
      utf8(before),
      Buffer.from([0x93]),
      utf8('illegal workers'),
      Buffer.from([0x94]),
      utf8(after),
    ]);
    expect(() => decodeSeed(bytes, FILE)).toThrow(SeedError);
    expect(() => decodeSeed(bytes, FILE)).toThrow(
      'seeds/bad.txt:10: expected UTF-8 text, but this line has a byte that is not UTF-8 (save the export as UTF-8)',
    );
  });
});
