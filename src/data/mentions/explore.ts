import type { SectionKey } from '../../model/refworld/rules/sections.ts';
import type { Document, Finding } from '../../model/refworld/schema.ts';
import { sortKey, yearOf } from './format-date.ts';
import type { CountryMention, DateMention } from '../../model/mentions/schema.ts';

/** A finding with the section it is on, in reading order. */
export interface PlacedFinding {
  finding: Finding;
  section: SectionKey;
}

/** Every finding of a document with its section, in reading order. */
export function placedFindings(doc: Document): PlacedFinding[] {
  return doc.paragraphs.flatMap((p) => p.findings.map((finding) => ({ finding, section: p.section })));
}

/** The countries a finding mentions, each once, in order of first mention. */
export function countriesIn(finding: Finding): CountryMention[] {
  const seen = new Map<string, CountryMention>();
  for (const m of finding.mentions) if (m.kind === 'country' && !seen.has(m.code)) seen.set(m.code, m);
  return [...seen.values()];
}

/** The years a finding's resolved dates start in, each once, ascending. */
export function yearsIn(finding: Finding): string[] {
  const years = finding.mentions.flatMap((m) => (m.kind === 'date' ? (yearOf(m) ?? []) : []));
  return [...new Set(years)].sort();
}

/** One event of a timeline: a resolved date and the finding it is in. */
export interface TimelineEntry {
  date: DateMention & { iso: string };
  finding: Finding;
  section: SectionKey;
}

/** A document's timeline: every resolved date in chronological order, and how many findings have none. */
export interface Timeline {
  entries: TimelineEntry[];
  /** Findings with no resolved date, left out of `entries`. */
  undated: number;
}

/**
 * Every resolved date of a document's findings in chronological order (by the ISO start, then reading
 * order); a date without a year (`iso` absent) is no event. Findings with none are only counted.
 */
export function timelineOf(doc: Document): Timeline {
  const placed = placedFindings(doc);
  const entries = placed.flatMap(({ finding, section }, order) =>
    finding.mentions.flatMap((m) =>
      m.kind === 'date' && m.iso !== undefined
        ? [{ date: { ...m, iso: m.iso }, finding, section, order }]
        : [],
    ),
  );
  entries.sort(
    (a, b) =>
      sortKey(a.date).localeCompare(sortKey(b.date)) || a.order - b.order || a.date.start - b.date.start,
  );
  const dated = new Set(entries.map((e) => e.finding.id));
  return {
    entries: entries.map(({ date, finding, section }) => ({ date, finding, section })),
    undated: placed.filter(({ finding }) => !dated.has(finding.id)).length,
  };
}

/** The values the findings table can be filtered by: the countries and years its findings mention. */
export function filterChoices(doc: Document): {
  countries: { value: string; label: string }[];
  years: string[];
} {
  const placed = placedFindings(doc);
  const countries = new Map<string, string>();
  for (const { finding } of placed) for (const c of countriesIn(finding)) countries.set(c.slug, c.name);
  return {
    countries: [...countries]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    years: [...new Set(placed.flatMap(({ finding }) => yearsIn(finding)))].sort(),
  };
}
