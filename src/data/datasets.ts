import { toCsv } from '../publish/data/csv.ts';
import { dataPackage, type DataFile } from '../publish/data/datapackage.ts';
import { assessmentJsonSchema } from '../publish/data/assessment-schema.ts';
import {
  DOCUMENTS_TABLE,
  FINDINGS_TABLE,
  TIERS_TABLE,
  findingRows,
  isTierReport,
  type Table,
} from '../publish/data/tables.ts';
import { tierGrid } from '../publish/data/tier-grid.ts';
import { publicationYear } from '../model/refworld/queries.ts';
import type { Document } from '../model/refworld/schema.ts';
import { absoluteUrl, DATA_PATH, dataFilePath } from '../publish/urls.ts';
import { DATA_TEXT } from '../strings.ts';
import { documents } from './documents.ts';
import { oncePerBuild } from './once-per-build.ts';

/** The JSON Schema's file name in /data/. */
export const SCHEMA_FILE = 'assessment.schema.json';

const byCountryThenYear = (a: Document, b: Document): number =>
  a.country.name.localeCompare(b.country.name, 'en') ||
  a.meta.publicationDate.iso.localeCompare(b.meta.publicationDate.iso);

/** A CSV file of /data/: its rows are kept (they are the documents' own objects), its text made on demand. */
function csvFile<R>(name: string, description: string, table: Table<R>, rows: readonly R[]): DataFile {
  const make = (): string => toCsv(table, rows);
  return {
    name,
    file: `${name}.csv`,
    description,
    make,
    bytes: Buffer.byteLength(make()),
    rows: rows.length,
    table: table as unknown as Table<never>,
  };
}

/**
 * Every file of /data/ but the data package, made once per build from the archive's documents: the
 * documents, the tier placements, the findings of each year (newest year first), the JSON Schema.
 */
export const dataFiles = oncePerBuild(async (): Promise<DataFile[]> => {
  const docs = await documents();
  const years = [...new Set(docs.map((d) => publicationYear(d.meta)))].sort().reverse();
  const bySlug = (a: Document, b: Document): number => a.meta.slug.localeCompare(b.meta.slug);
  const schema = `${JSON.stringify(assessmentJsonSchema(absoluteUrl(dataFilePath(SCHEMA_FILE))), null, 2)}\n`;
  return [
    csvFile('documents', DATA_TEXT.documentsFile, DOCUMENTS_TABLE, [...docs].sort(bySlug)),
    csvFile('tiers', DATA_TEXT.tiersFile, TIERS_TABLE, docs.filter(isTierReport).sort(byCountryThenYear)),
    ...years.map((year) =>
      csvFile(
        `findings-${year}`,
        DATA_TEXT.findingsFile(year),
        FINDINGS_TABLE,
        findingRows(docs.filter((d) => publicationYear(d.meta) === year).sort(bySlug)),
      ),
    ),
    {
      name: 'assessment-schema',
      file: SCHEMA_FILE,
      description: DATA_TEXT.schemaFile,
      make: () => schema,
      bytes: Buffer.byteLength(schema),
    },
  ];
});

/** One file of /data/ by its file name; a build error if there is none. */
export async function dataFile(file: string): Promise<DataFile> {
  const found = (await dataFiles()).find((f) => f.file === file);
  if (!found) throw new Error(`No data file "${file}": dataFiles() in src/data/datasets.ts makes each one`);
  return found;
}

/** The tier grid of the archive, once per build. */
export const archiveTierGrid = oncePerBuild(async () => tierGrid(await documents()));

/** The text of /data/datapackage.json, describing every file of dataFiles(). */
export const dataPackageText = oncePerBuild(
  async () => `${JSON.stringify(dataPackage(await dataFiles(), absoluteUrl(DATA_PATH)), null, 2)}\n`,
);
