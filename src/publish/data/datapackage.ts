import type { Table } from './tables.ts';
import { DATA_TEXT, REFWORLD_NAME } from '../../strings.ts';
import { SITE } from '../../site.config.ts';

/** A file of /data/ as the data package describes it: its table (if tabular), name, path, size. */
export interface DataFile {
  /** The resource's name, `findings-2010`. */
  name: string;
  /** Its file name within /data/, `findings-2010.csv`. */
  file: string;
  /** What the file holds. */
  description: string;
  /**
   * Makes the file's text. Each per-year findings file is made when its sizes are counted and again when
   * it is written, rather than kept: at the full series they weigh about 190 MB together.
   */
  make: () => string;
  /** Its size in bytes. */
  bytes: number;
  /** Its rows, for a CSV file. */
  rows?: number;
  /** The table it is, for a CSV file. */
  table?: Table<never>;
}

/** The media type of a file of /data/ by its extension. */
export const mediaType = (file: string): string => (file.endsWith('.csv') ? 'text/csv' : 'application/json');

/**
 * The Frictionless Data Package (v1, tabular) describing every file of /data/: for each CSV its columns with
 * type and meaning (Table Schema), its size in bytes; the licence and the source of the texts.
 */
export function dataPackage(files: readonly DataFile[], homepage: string): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'tip-assessments',
    title: SITE.name,
    description: DATA_TEXT.description,
    homepage,
    licenses: [{ title: DATA_TEXT.licenceTitle, path: 'https://www.law.cornell.edu/uscode/text/17/105' }],
    sources: [{ title: REFWORLD_NAME, path: 'https://www.refworld.org/' }],
    resources: files.map((f) => ({
      name: f.name,
      path: f.file,
      description: f.description,
      mediatype: mediaType(f.file),
      encoding: 'utf-8',
      bytes: f.bytes,
      ...(f.table
        ? {
            profile: 'tabular-data-resource',
            format: 'csv',
            dialect: {
              delimiter: ',',
              lineTerminator: '\r\n',
              quoteChar: '"',
              doubleQuote: true,
              header: true,
            },
            schema: {
              fields: f.table.columns.map(({ name, type, description }) => ({ name, type, description })),
            },
          }
        : { profile: 'data-resource', format: 'json' }),
    })),
  };
}
