const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.toLowerCase());
  return index === -1 ? undefined : index + 1;
}

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses Refworld's `24 February 2010` into `2010-02-24`, or undefined. */
export function parseDayMonthYear(text: string): string | undefined {
  const match = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim().replace(/\u00A0/g, ' '));
  if (!match) return undefined;
  const [, d, m, y] = match;
  const month = monthNumber(m ?? '');
  const day = Number(d);
  const year = Number(y);
  if (month === undefined || !validDay(year, month, day)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Parses Refworld's `Tuesday, 24 May 2016, 11:51 GMT` into `2016-05-24T11:51:00Z`, or undefined. */
export function parseLastUpdated(text: string): string | undefined {
  const match = /^(?:[A-Za-z]+,\s*)?(\d{1,2}\s+[A-Za-z]+\s+\d{4}),?\s+(\d{1,2}):(\d{2})\s*(?:GMT|UTC)$/.exec(
    text.trim().replace(/\u00A0/g, ' '),
  );
  if (!match) return undefined;
  const [, dayMonthYear, h, min] = match;
  const date = parseDayMonthYear(dayMonthYear ?? '');
  const hours = Number(h);
  const minutes = Number(min);
  if (date === undefined || hours > 23 || minutes > 59) return undefined;
  return `${date}T${pad(hours)}:${pad(minutes)}:00Z`;
}
