/**
 * What a downloadable table is: its columns with their name, Table Schema type and meaning (what
 * datapackage.json says of them) and how each value is read from the document model (what the CSV holds).
 * One definition per column, so the description and the file cannot drift apart.
 */
/** A Frictionless Table Schema field type this archive uses. */
export type FieldType = 'string' | 'integer' | 'date';

/** One column of a table: its name in the header, its type, what it means, and its value for a row. */
export interface Column<R> {
  /** The header's name, lower case with underscores, so SQL can use it unquoted. */
  name: string;
  /** The Table Schema type of its values. */
  type: FieldType;
  /** What the column holds, in a sentence. */
  description: string;
  /** The value for one row; undefined is an empty cell. */
  value: (row: R) => string | number | undefined;
}

/** One downloadable table: its file name, title, meaning and columns. */
export interface Table<R> {
  /** The resource's name in the data package. */
  name: string;
  /** What one row is. */
  description: string;
  columns: readonly Column<R>[];
}
