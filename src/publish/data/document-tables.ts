/** documents.csv and tiers.csv: one row per document, and one per country and report year. */
import { publicationYear } from '../../model/refworld/queries.ts';
import { SECTION_KEYS, type SectionKey } from '../../model/refworld/rules/sections.ts';
import { SERIES } from '../../model/refworld/rules/series.ts';
import type { Document } from '../../model/refworld/schema.ts';
import { absoluteUrl, assessmentPath, documentPath } from '../urls.ts';
import type { Column, Table } from './columns.ts';

/** A section key as a column name suffix: `regional-cooperation` → `regional_cooperation`. */
const columnKey = (key: string): string => key.replaceAll('-', '_');

/** The placement a document states, or the empty cell when it states none (never inferred). */
const placement = (doc: Document): string | undefined => doc.tier?.level;

const sectionCount = (doc: Document, key: SectionKey): number =>
  doc.paragraphs.filter((p) => p.section === key).reduce((n, p) => n + p.findings.length, 0);

/** The country's ISO code, a column of both tables. */
const ISO_CODE: Column<Document> = {
  name: 'iso_code',
  type: 'string',
  description: 'ISO 3166-1 alpha-2 code; empty when the dataset does not know the country.',
  value: (d) => d.country.code,
};

/** Whether a document belongs to a series that places countries on tiers: the rows of tiers.csv. */
export function isTierReport(doc: Document): boolean {
  const rule = SERIES[doc.meta.series];
  return rule.tierLine !== undefined || rule.tierStatements !== undefined;
}

/** documents.csv: one row per document. */
export const DOCUMENTS_TABLE: Table<Document> = {
  name: 'documents',
  description: 'One row per document of the archive.',
  columns: [
    {
      name: 'slug',
      type: 'string',
      description: 'The document’s URL segment, e.g. china-2010.',
      value: (d) => d.meta.slug,
    },
    {
      name: 'title',
      type: 'string',
      description: 'The title line exactly as the export writes it.',
      value: (d) => d.meta.title,
    },
    {
      name: 'series',
      type: 'string',
      description: 'The series: annual-report or interim-assessment.',
      value: (d) => d.meta.series,
    },
    {
      name: 'country',
      type: 'string',
      description: 'The country as the title writes it (e.g. Burma, Korea, North).',
      value: (d) => d.country.written,
    },
    {
      name: 'country_name',
      type: 'string',
      description:
        'The country’s common English name in the ISO 3166 dataset (world-countries), or the written name when the dataset does not know it.',
      value: (d) => d.country.name,
    },
    ISO_CODE,
    {
      name: 'year',
      type: 'integer',
      description: 'The year of publication (for an annual report, its report year).',
      value: (d) => Number(publicationYear(d.meta)),
    },
    {
      name: 'publication_date',
      type: 'date',
      description: 'The export’s Publication Date, as an ISO date.',
      value: (d) => d.meta.publicationDate.iso,
    },
    {
      name: 'tier',
      type: 'string',
      description:
        'The placement the document states (Tier 1, Tier 2, Tier 2 Watch List, Tier 3, or Special Case, which is not a tier); empty when it states none.',
      value: placement,
    },
    {
      name: 'findings',
      type: 'integer',
      description: 'The number of findings (sentences) in the document.',
      value: (d) => d.paragraphs.reduce((n, p) => n + p.findings.length, 0),
    },
    ...SECTION_KEYS.map((key): Column<Document> => ({
      name: `findings_${columnKey(key)}`,
      type: 'integer',
      description: `The number of findings in the section “${key}” (0 when the document has none).`,
      value: (d) => sectionCount(d, key),
    })),
    {
      name: 'overview_url',
      type: 'string',
      description: 'The document’s overview page.',
      value: (d) => absoluteUrl(documentPath(d.meta.slug)),
    },
    {
      name: 'data_url',
      type: 'string',
      description: 'The document as JSON (assessment.json), every finding with its URL and mentions.',
      value: (d) => absoluteUrl(assessmentPath(d.meta.slug)),
    },
  ],
};

/** tiers.csv: one row per country and report year. */
export const TIERS_TABLE: Table<Document> = {
  name: 'tiers',
  description: 'One row per country and report year: the placement the annual report states.',
  columns: [
    {
      name: 'country',
      type: 'string',
      description:
        'The country’s common English name (or the written name when the dataset does not know it).',
      value: (d) => d.country.name,
    },
    ISO_CODE,
    {
      name: 'year',
      type: 'integer',
      description: 'The report year.',
      value: (d) => Number(publicationYear(d.meta)),
    },
    {
      name: 'placement',
      type: 'string',
      description:
        'Tier 1, Tier 2, Tier 2 Watch List, Tier 3, or Special Case (not a tier), as the report states it; empty when it states none.',
      value: placement,
    },
    {
      name: 'document_url',
      type: 'string',
      description: 'The report’s overview page.',
      value: (d) => absoluteUrl(documentPath(d.meta.slug)),
    },
  ],
};
