/** The archive's downloadable tables, from one place: their columns (columns.ts) and each table. */
export type { Table } from './columns.ts';
export { DOCUMENTS_TABLE, TIERS_TABLE, isTierReport } from './document-tables.ts';
export { FINDINGS_TABLE, findingRows } from './findings-table.ts';
