import { MONTH_NAMES } from '../../model/mentions/rules/dates.ts';
import type { DateMention } from '../../model/mentions/schema.ts';

/** One ISO date at its own precision in words: `2009` → "2009", `2009-04` → "April 2009", `2009-04-15` → "15 April 2009". */
function formatOne(iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
  if (name === undefined) return year ?? iso;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/** A normalised date or interval in words: "April 2009", "2009 – 24 February 2010". */
export function formatIso(iso: string): string {
  return iso.split('/').map(formatOne).join(' – ');
}

/** Where a date falls, for ordering: the ISO start of the date or span. */
export function sortKey(mention: DateMention): string {
  return (mention.iso ?? '').split('/')[0] ?? '';
}

/** The year a date starts in, `2009`. */
export function yearOf(mention: DateMention): string | undefined {
  return mention.iso?.slice(0, 4);
}
