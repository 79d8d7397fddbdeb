/** findings-<year>.csv: one row per finding, its text verbatim. */
import { presentSections } from '../../model/refworld/queries.ts';
import type { SectionKey } from '../../model/refworld/rules/sections.ts';
import type { Document, Finding } from '../../model/refworld/schema.ts';
import { absoluteUrl, findingPath } from '../urls.ts';
import type { Table } from './columns.ts';

/** One finding as a row of findings-<year>.csv: its document, its section and the finding. */
export interface FindingRow {
  doc: Document;
  section: SectionKey;
  finding: Finding;
}

/** Distinct values joined by "; ", in order of first appearance. */
const joined = (values: readonly string[]): string => [...new Set(values)].join('; ');

/** findings-<year>.csv: one row per finding of that year's documents. */
export const FINDINGS_TABLE: Table<FindingRow> = {
  name: 'findings',
  description: 'One row per finding (one sentence of the source) of the documents published in the year.',
  columns: [
    {
      name: 'document',
      type: 'string',
      description: 'The document’s slug (documents.csv).',
      value: (r) => r.doc.meta.slug,
    },
    {
      name: 'section',
      type: 'string',
      description: 'The section the finding is in.',
      value: (r) => r.section,
    },
    {
      name: 'finding_id',
      type: 'string',
      description: 'The finding’s id, stable across builds: its fragment.',
      value: (r) => r.finding.id,
    },
    {
      name: 'url',
      type: 'string',
      description: 'The finding’s permanent address.',
      value: (r) => absoluteUrl(findingPath(r.doc.meta.slug, r.section, r.finding.id)),
    },
    {
      name: 'text',
      type: 'string',
      description:
        'The sentence exactly as the source writes it (it may hold quotes, commas and line breaks, or start with = or +: import it as text).',
      value: (r) => r.finding.text,
    },
    {
      name: 'countries',
      type: 'string',
      description: 'ISO 3166-1 alpha-2 codes of the countries the finding mentions, separated by "; ".',
      value: (r) => joined(r.finding.mentions.flatMap((m) => (m.kind === 'country' ? [m.code] : []))),
    },
    {
      name: 'years',
      type: 'string',
      description:
        'The years of the dates the finding mentions (where the text fixes them), separated by "; ".',
      value: (r) =>
        joined(
          r.finding.mentions.flatMap((m) =>
            m.kind === 'date' && m.iso ? m.iso.split('/').map((d) => d.slice(0, 4)) : [],
          ),
        ),
    },
  ],
};

/** The rows of findings-<year>.csv for some documents: every finding, document by document in section order. */
export function findingRows(docs: readonly Document[]): FindingRow[] {
  return docs.flatMap((doc) =>
    presentSections(doc).flatMap((section) =>
      doc.paragraphs
        .filter((p) => p.section === section)
        .flatMap((p) => p.findings.map((finding) => ({ doc, section, finding }))),
    ),
  );
}
