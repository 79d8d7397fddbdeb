import { findCountries } from './find-countries.ts';
import { findDates } from './find-dates.ts';
import { findInstruments } from './find-instruments.ts';
import { findPlaces } from './find-places.ts';
import type { Mention, MentionContext, MentionKind } from './schema.ts';

/** Which kind keeps words two candidates share: an instrument's name holds no country, a date no place. */
const PRECEDENCE: Readonly<Record<MentionKind, number>> = { instrument: 0, date: 1, country: 2, place: 3 };

/** Keeps the candidates that do not overlap one taken before: by kind's precedence, then longest, then first. */
function withoutOverlaps(candidates: Mention[]): Mention[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      PRECEDENCE[a.kind] - PRECEDENCE[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: Mention[] = [];
  for (const c of ordered) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Everything one finding's text mentions: countries, places below the country, dates and international
 * instruments, each located by offsets in the text (which is never altered), in reading order.
 */
export function extractMentions(text: string, context: MentionContext): Mention[] {
  const instruments = findInstruments(text);
  const dates = findDates(text, context);
  const countries = findCountries(text);
  const codes = [
    ...new Set([...(context.countryCode ? [context.countryCode] : []), ...countries.map((c) => c.code)]),
  ];
  const places = findPlaces(text, codes);
  return withoutOverlaps([...instruments, ...dates, ...countries, ...places]);
}
