import { REFWORLD } from './rules/format.ts';
import { joinLines, readBody, type Field, type RawParagraph, type TierLine } from './read-body.ts';
import { detectSeries, type SeriesMatch } from './detect-series.ts';
import { isBlank, readLines, type Line } from './read-lines.ts';
import { SeedError } from './seed-error.ts';

// The body's parts are read in read-body.ts; what callers of the parser use of them is exported from here too.
export { headingSection, type Field, type RawParagraph, type TierLine } from './read-body.ts';

/** What a Refworld plain-text export says, field by field, before interpretation. */
export interface RawExport {
  lastUpdated?: Field;
  title: Field;
  /** The series the title matched, and the document type and country it names. */
  series: SeriesMatch;
  publisher: Field;
  /** The `Author` line of 2001–2004 exports, if present. */
  author?: Field;
  publicationDate: Field;
  citeAs?: Field;
  disclaimer?: Field;
  editorsNote?: Field;
  /** The narrative's opening tier line, if the series has one and the export opens with it. */
  tierLine?: TierLine;
  paragraphs: RawParagraph[];
}

const FIELD_PATTERNS = {
  publisher: /^Publisher\s+(\S.*)$/,
  author: /^Author\s+(\S.*)$/,
  publicationDate: /^Publication Date\s+(\S.*)$/,
  citeAs: /^Cite as\s+(\S.*)$/,
  // Refworld runs the disclaimer's text straight on from the word, with no space.
  disclaimer: /^Disclaimer\s*(\S.*)$/,
} as const;
type FieldName = keyof typeof FIELD_PATTERNS;

const LAST_UPDATED = /^Last Updated:\s*(.*)$/;

function matchField(text: string): [FieldName, string] | undefined {
  for (const [name, pattern] of Object.entries(FIELD_PATTERNS) as [FieldName, RegExp][]) {
    const match = pattern.exec(text.trim());
    if (match?.[1] !== undefined) return [name, match[1].trim()];
  }
  return undefined;
}

const isChrome = (line: Line): boolean =>
  (REFWORLD.chromeLines as readonly string[]).includes(line.text.trim());

/** Splits lines into blank-line-separated blocks, stopping at page chrome. */
function blocks(lines: Line[]): Line[][] {
  const result: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isChrome(line)) break;
    if (isBlank(line)) {
      if (current.length > 0) result.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * Reads a Refworld plain-text export into its fields and body paragraphs.
 * @param source the file's text; @param file its path, for error messages
 * @throws SeedError naming the line and what was expected there
 */
export function parseRefworld(source: string, file: string): RawExport {
  const lines = readLines(source);
  const nonBlank = lines.filter((l) => !isBlank(l));
  const first = nonBlank[0];
  if (first === undefined) {
    throw new SeedError(
      file,
      1,
      'a Refworld export (a title line, then "Publisher" and "Publication Date" lines), but the file is empty',
    );
  }

  let cursor = 0;
  let lastUpdated: Field | undefined;
  const lastUpdatedMatch = LAST_UPDATED.exec(first.text.trim());
  if (lastUpdatedMatch) {
    lastUpdated = { text: (lastUpdatedMatch[1] ?? '').trim(), line: first.number };
    cursor = 1;
  }

  const titleLine = nonBlank[cursor];
  if (titleLine === undefined || matchField(titleLine.text) !== undefined) {
    const line = titleLine?.number ?? first.number;
    throw new SeedError(
      file,
      line,
      'the title line ("<document type> - <country>") before the "Publisher" line',
    );
  }
  const title: Field = { text: titleLine.text.trim(), line: titleLine.number };
  cursor += 1;

  const fields: Partial<Record<FieldName, Field>> = {};
  for (; cursor < nonBlank.length; cursor += 1) {
    const line = nonBlank[cursor] as Line;
    const match = matchField(line.text);
    if (!match || fields[match[0]] !== undefined) break;
    fields[match[0]] = { text: match[1], line: line.number };
  }

  // A missing header line is reported where it belongs: on the next line with text after the one it follows.
  const lineAfter = (line: number): number => nonBlank.find((l) => l.number > line)?.number ?? lines.length;
  if (fields.publisher === undefined) {
    throw new SeedError(
      file,
      lineAfter(title.line),
      'a "Publisher <name>" line after the title (is this a Refworld export?)',
    );
  }
  if (fields.publicationDate === undefined) {
    throw new SeedError(
      file,
      lineAfter(Math.max(fields.publisher.line, fields.author?.line ?? 0)),
      'a "Publication Date <day month year>" line in the header',
    );
  }

  // Only now is the title judged: an export missing its header lines is told so first.
  const series = detectSeries(title.text, file, title.line);

  const bodyStart = nonBlank[cursor]?.number ?? lines.length + 1;
  const bodyBlocks = blocks(lines.slice(bodyStart - 1));

  let editorsNote: Field | undefined;
  const firstBlock = bodyBlocks[0];
  if (firstBlock !== undefined) {
    const text = joinLines(firstBlock);
    if (text.startsWith('[') && text.endsWith(']')) {
      editorsNote = { text, line: (firstBlock[0] as Line).number };
      bodyBlocks.shift();
    }
  }

  // Some older exports put the disclaimer at the page's end rather than in the header.
  let endDisclaimer: Field | undefined;
  const lastBlock = bodyBlocks.at(-1);
  if (fields.disclaimer === undefined && lastBlock !== undefined) {
    const match = FIELD_PATTERNS.disclaimer.exec(joinLines(lastBlock));
    if (match?.[1] !== undefined && bodyBlocks.length > 1) {
      endDisclaimer = { text: match[1].trim(), line: (lastBlock[0] as Line).number };
      bodyBlocks.pop();
    }
  }

  const disclaimer = fields.disclaimer ?? endDisclaimer;

  const { tierLine, paragraphs } = readBody(bodyBlocks, series.rule);

  if (paragraphs.length === 0) {
    // Point at what stands where the body should be (page chrome, a lone note or heading), else the end.
    const line = nonBlank[cursor]?.number ?? lines.length;
    throw new SeedError(
      file,
      line,
      'at least one body paragraph after the header, separated by a blank line',
    );
  }

  return {
    ...(lastUpdated && { lastUpdated }),
    title,
    series,
    publisher: fields.publisher,
    ...(fields.author && { author: fields.author }),
    publicationDate: fields.publicationDate,
    ...(fields.citeAs && { citeAs: fields.citeAs }),
    ...(disclaimer && { disclaimer }),
    ...(editorsNote && { editorsNote }),
    ...(tierLine && { tierLine }),
    paragraphs,
  };
}
