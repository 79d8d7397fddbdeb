import { stringify } from 'csv-stringify/sync';
import type { Table } from './tables.ts';

/**
 * A table as CSV (RFC 4180: comma, double quotes, CRLF), its header the columns' names, written by
 * csv-stringify so that quotes, commas and line breaks inside a value are quoted correctly. Values are
 * written verbatim: a text starting with `=` or `+` is not altered, since the text is the source's (the
 * /data/ page tells spreadsheet users to import text columns as text).
 */
export function toCsv<R>(table: Table<R>, rows: readonly R[]): string {
  return stringify(
    rows.map((row) => table.columns.map((column) => column.value(row) ?? '')),
    {
      header: true,
      columns: table.columns.map((column) => column.name),
      record_delimiter: 'windows',
    },
  );
}
