import { formatIso } from './format-date.ts';

/** Where one ISO date (`2009`, `2009-04`, `2009-04-15`) starts and ends, in fractional years. */
function period(iso: string): { start: number; end: number } {
  const [y = 0, m, d] = iso.split('-').map(Number);
  if (m === undefined) return { start: y, end: y + 1 };
  const month = y + (m - 1) / 12;
  if (d === undefined) return { start: month, end: month + 1 / 12 };
  const day = month + (d - 1) / 12 / 31;
  return { start: day, end: day + 1 / 12 / 31 };
}

/** An event on a time axis: where it starts and ends (fractional years), and whether the text names a span. */
export interface AxisEvent {
  start: number;
  end: number;
  span: boolean;
}

/**
 * Places a normalised date or span (`2009-04`, `2009/2010-02-24`) on a time axis: a span runs from the
 * start of its first period to the end of its last; a single date is its period (a year, a month, a day).
 */
export function axisEvent(iso: string): AxisEvent {
  const [from = '', to] = iso.split('/');
  const first = period(from);
  return to === undefined
    ? { ...first, span: false }
    : { start: first.start, end: period(to).end, span: true };
}

/** The whole years an axis covers, from the first event's year to the year the last one ends in. */
export function axisYears(events: readonly AxisEvent[]): number[] {
  const first = Math.floor(Math.min(...events.map((e) => e.start)));
  const last = Math.ceil(Math.max(...events.map((e) => e.end)));
  return Array.from({ length: Math.max(last - first, 1) }, (_, i) => first + i);
}

/** Every n-th year, from the first, so that at most `most` labels share the axis. */
export function labelledYears(years: readonly number[], most: number): number[] {
  const step = Math.ceil(years.length / most);
  return years.filter((_, i) => i % step === 0);
}

/** The real range of dates in words: the earliest start and the latest end ("2007", "24 February 2010"). */
export function rangeInWords(isos: readonly string[]): { from: string; to: string } {
  const starts = isos.map((iso) => iso.split('/')[0] ?? '');
  const ends = isos.map((iso) => iso.split('/').at(-1) ?? '');
  const earliest = starts.reduce((a, b) => (axisEvent(b).start < axisEvent(a).start ? b : a));
  const latest = ends.reduce((a, b) => (axisEvent(b).end > axisEvent(a).end ? b : a));
  return { from: formatIso(earliest), to: formatIso(latest) };
}
