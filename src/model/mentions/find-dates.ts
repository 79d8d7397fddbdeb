import {
  ANAPHORIC_YEARS,
  DEICTIC_YEARS,
  MONTH_NAMES,
  MONTH_PARTS,
  MONTH_PREPOSITIONS,
  REPORT_WORDS,
  SINCE_EVENTS,
  SINCE_WORDS,
  SPAN_JOINERS,
  SPAN_OPENERS,
} from './rules/dates.ts';
import type { DateMention, MentionContext } from './schema.ts';

/** Either case of a word's first letter, for words that may open a sentence. */
const anyCase = (w: string): string => `[${w[0]?.toLowerCase()}${w[0]?.toUpperCase()}]${w.slice(1)}`;
const oneOf = (words: readonly string[], cased = false): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (cased ? w : anyCase(w)).replace(/\./g, '\\.'))
    .join('|');

const YEAR = '(?:1[89]|20)\\d\\d';
const MONTH = oneOf(MONTH_NAMES, true);
/** One date: `15 April 2009`, `April 15, 2009`, `April 2009`, `April`, `2009`. */
const ATOM = `(?:\\d{1,2} )?(?:${MONTH})(?: \\d{1,2},)?(?: ${YEAR})?|${YEAR}`;
const PART = `(?:(?:${oneOf(MONTH_PARTS)}) )?`;
/** An aside between dashes inside a span, as in "between the beginning of May – the cutoff … – and November". */
const ASIDE = '(?:\\s*[–—]\\s*[^–—]{1,100}?\\s*[–—])?';
const END = '(?![\\p{L}\\p{N}])';
const START = '(?<![\\p{L}\\p{N}])';

const SPAN = new RegExp(
  `${START}(?:${oneOf(SPAN_OPENERS)}) ${PART}(${ATOM})${ASIDE}\\s+(?:${oneOf(SPAN_JOINERS)}) ${PART}(${ATOM})${END}`,
  'gu',
);
const YEAR_RANGE = new RegExp(`${START}(${YEAR})\\s?[–-]\\s?(${YEAR})${END}`, 'gu');
const SINCE = new RegExp(
  `${START}(?:${oneOf(SINCE_WORDS)}) (?:(?:${oneOf(SINCE_EVENTS)}) )?(${ATOM})(?: (?:${oneOf(REPORT_WORDS, true)}))?${END}`,
  'gu',
);
const SINGLE = new RegExp(`${START}(?:${ATOM})${END}`, 'gu');
const DEICTIC = new RegExp(`${START}(?:${oneOf(Object.keys(DEICTIC_YEARS))})${END}`, 'gu');
const ANAPHORIC = new RegExp(`${START}(?:${oneOf(ANAPHORIC_YEARS)})${END}`, 'gu');
const PREPOSITION_BEFORE = new RegExp(`${START}(?:${oneOf(MONTH_PREPOSITIONS)}) $`, 'u');

interface Parts {
  year?: number;
  month?: number;
  day?: number;
}

/** Reads one date's parts; undefined for a day that does not exist (31 April). */
function parseAtom(words: string): Parts | undefined {
  const year = /\d{4}/.exec(words)?.[0];
  const monthIndex = MONTH_NAMES.findIndex((m) => new RegExp(`\\b${m}\\b`).test(words));
  const day = /(?:^|\s)(\d{1,2})(?:\s|,)/.exec(` ${words} `)?.[1];
  const parts: Parts = {
    ...(year && { year: Number(year) }),
    ...(monthIndex >= 0 && { month: monthIndex + 1 }),
    ...(day && monthIndex >= 0 && { day: Number(day) }),
  };
  if (parts.day !== undefined && parts.month !== undefined && parts.year !== undefined) {
    const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
    if (date.getUTCDate() !== parts.day) return undefined;
  }
  return parts;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(p: Parts): string | undefined {
  if (p.year === undefined) return undefined;
  if (p.month === undefined) return String(p.year);
  return `${p.year}-${pad(p.month)}${p.day === undefined ? '' : `-${pad(p.day)}`}`;
}

const precision = (p: Parts): DateMention['precision'] =>
  p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';

/** A span's missing year, when the other end gives it: "between May and November 2009" is 2009-05/2009-11. */
function completeSpan(a: Parts, b: Parts): void {
  if (a.year === undefined && b.year !== undefined && a.month !== undefined && b.month !== undefined)
    a.year = a.month <= b.month ? b.year : b.year - 1;
  if (b.year === undefined && a.year !== undefined && a.month !== undefined && b.month !== undefined)
    b.year = b.month >= a.month ? a.year : a.year + 1;
}

function mention(
  m: RegExpMatchArray,
  fields: Omit<DateMention, 'kind' | 'text' | 'start' | 'end'>,
): DateMention {
  return { kind: 'date', text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ...fields };
}

function interval(a: string | undefined, b: string | undefined): string | undefined {
  return a !== undefined && b !== undefined ? `${a}/${b}` : undefined;
}

/**
 * Dates a text names, each normalised to ISO 8601 at the precision the words give. A year is never
 * guessed: a month alone, or "the previous year", is kept without `iso`. Only words relative to the time of
 * writing ("since …", "last year") are resolved, against the document's publication date. Candidates may
 * overlap (a span and the dates inside it); the longest wins when mentions are merged.
 */
export function findDates(text: string, context: MentionContext): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(SPAN)) {
    const a = parseAtom(m[1] ?? '');
    const b = parseAtom(m[2] ?? '');
    if (!a || !b) continue;
    completeSpan(a, b);
    const value = interval(iso(a), iso(b));
    found.push(mention(m, { precision: precision(a), span: true, ...(value && { iso: value }) }));
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    if (Number(m[2]) > Number(m[1]))
      found.push(mention(m, { precision: 'year', span: true, iso: `${m[1]}/${m[2]}` }));
  }
  for (const m of text.matchAll(SINCE)) {
    const a = parseAtom(m[1] ?? '');
    if (!a) continue;
    const from = iso(a);
    found.push(
      mention(m, {
        precision: precision(a),
        span: true,
        ...(from !== undefined && {
          iso: `${from}/${context.publicationDate}`,
          relativeTo: 'publication-date' as const,
        }),
      }),
    );
  }
  for (const m of text.matchAll(SINGLE)) {
    const a = parseAtom(m[0]);
    if (!a) continue;
    // A month without a year is a date only after a preposition: "in March", not "May" the verb.
    if (a.year === undefined && !PREPOSITION_BEFORE.test(text.slice(0, m.index))) continue;
    const value = iso(a);
    found.push(mention(m, { precision: precision(a), span: false, ...(value && { iso: value }) }));
  }
  const publicationYear = Number(context.publicationDate.slice(0, 4));
  for (const m of text.matchAll(DEICTIC)) {
    const offset = DEICTIC_YEARS[m[0].toLowerCase()] ?? 0;
    found.push(
      mention(m, {
        precision: 'year',
        span: false,
        iso: String(publicationYear + offset),
        relativeTo: 'publication-date',
      }),
    );
  }
  for (const m of text.matchAll(ANAPHORIC)) found.push(mention(m, { precision: 'year', span: false }));
  return found;
}
