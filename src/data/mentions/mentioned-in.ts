import type { SectionKey } from '../../model/refworld/rules/sections.ts';
import type { Document, Finding } from '../../model/refworld/schema.ts';
import { countriesIn, placedFindings } from './explore.ts';

/** The findings of one document that mention a country. */
export interface MentioningDocument {
  doc: Document;
  findings: { finding: Finding; section: SectionKey }[];
}

/**
 * Which findings mention each country, keyed by the country's slug, grouped by document in the given
 * order. A document's mentions of its own country are left out: a country page lists its own documents.
 * Built in one pass over every finding, so each country page only looks its list up.
 */
export function mentionedIn(docs: readonly Document[]): Map<string, MentioningDocument[]> {
  const index = new Map<string, MentioningDocument[]>();
  for (const doc of docs) {
    const perCountry = new Map<string, MentioningDocument>();
    for (const placed of placedFindings(doc)) {
      for (const c of countriesIn(placed.finding)) {
        if (c.slug === doc.country.slug) continue;
        let entry = perCountry.get(c.slug);
        if (!entry) {
          entry = { doc, findings: [] };
          perCountry.set(c.slug, entry);
          index.set(c.slug, [...(index.get(c.slug) ?? []), entry]);
        }
        entry.findings.push(placed);
      }
    }
  }
  return index;
}

/** What a set of findings mentions, each thing once with how many findings mention it, by kind. */
export function mentionSummary(
  findings: readonly Finding[],
): Record<'country' | 'place' | 'date' | 'instrument', { label: string; count: number }[]> {
  const counts = {
    country: new Map<string, number>(),
    place: new Map<string, number>(),
    date: new Map<string, number>(),
    instrument: new Map<string, number>(),
  };
  for (const f of findings) {
    const labels = new Set(
      f.mentions.map((m) => `${m.kind}\u0000${m.kind === 'date' ? (m.iso?.slice(0, 4) ?? '') : m.name}`),
    );
    for (const key of labels) {
      const [kind, label] = key.split('\u0000') as [keyof typeof counts, string];
      if (label !== '') counts[kind].set(label, (counts[kind].get(label) ?? 0) + 1);
    }
  }
  const list = (m: Map<string, number>) =>
    [...m].map(([label, count]) => ({ label, count })).sort((a, b) => a.label.localeCompare(b.label));
  return {
    country: list(counts.country),
    place: list(counts.place),
    date: list(counts.date),
    instrument: list(counts.instrument),
  };
}
