// The archive as data, built from the fixture archive and a report of hostile text, checked with the tools
// researchers use: every file of /data/ is what datapackage.json says (columns, types, bytes), every CSV
// parses, DuckDB answers a researcher's questions as the site's pages and assessment.json do, a finding
// with commas and quotes comes back byte for byte, assessment.json validates against the published JSON
// Schema, and the feeds parse as a feed reader parses them.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/publish/assessment-export.ts';
import { publicationYear } from '../../src/model/refworld/queries.ts';
import type { Document } from '../../src/model/refworld/schema.ts';
import { fileSize, rowCount } from '../../src/strings.ts';
import {
  absoluteUrl,
  countryFeedPath,
  countryPath,
  DATA_PATH,
  documentPath,
  pageCardPath,
} from '../../src/publish/urls.ts';
import { loadPage } from '../../tooling/dist.ts';
import { documentsIn } from '../../tooling/seeds.ts';
import { buildDataSite } from '../support/data-site.ts';

interface Field {
  name: string;
  type: 'string' | 'integer' | 'date';
}
interface Resource {
  name: string;
  path: string;
  bytes: number;
  format: string;
  schema?: { fields: Field[] };
}

let dist = '';
let docs: Document[] = [];
let db: DuckDBConnection;
let resources: Resource[] = [];
const assessments = new Map<string, Assessment>();

const read = (file: string): Promise<string> => readFile(path.join(dist, file), 'utf8');
const csvRows = async (file: string): Promise<string[][]> =>
  parseCsv(await read(`data/${file}`), { relax_column_count: false }) as string[][];
/** Rows of a DuckDB query as objects of strings (numbers as their decimal text). */
async function query(sql: string): Promise<Record<string, string>[]> {
  const rows = (await db.runAndReadAll(sql)).getRowObjectsJS();
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])));
}
const csvPath = (file: string): string => `'${path.join(dist, 'data', file).replaceAll("'", "''")}'`;

beforeAll(async () => {
  const built = await buildDataSite('data-site');
  dist = built.dist;
  docs = await documentsIn(built.seedsDir);
  for (const doc of docs)
    assessments.set(doc.meta.slug, JSON.parse(await read(`${doc.meta.slug}/assessment.json`)) as Assessment);
  resources = (JSON.parse(await read('data/datapackage.json')) as { resources: Resource[] }).resources;
  db = await (await DuckDBInstance.create(':memory:')).connect();
}, 300_000);
afterAll(() => db?.closeSync());

describe('the data package', () => {
  it('describes every file of /data/ and no other', async () => {
    // The page itself, its link-preview card and the package are not data files.
    const notData = new Set(['index.html', path.basename(pageCardPath(DATA_PATH)), 'datapackage.json']);
    const files = (await readdir(path.join(dist, 'data'))).filter((f) => !notData.has(f));
    expect(resources.map((r) => r.path).sort()).toEqual(files.sort());
  });

  it('gives each file its size in bytes', async () => {
    for (const r of resources) {
      expect(r.bytes, r.path).toBe((await readFile(path.join(dist, 'data', r.path))).byteLength);
    }
  });

  it('names each CSV file’s columns in order, and every value is of its column’s type', async () => {
    const valid = {
      string: () => true,
      integer: (v: string) => /^-?\d+$/.test(v),
      date: (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
    };
    const csvs = resources.filter((r) => r.format === 'csv');
    expect(csvs.map((r) => r.path)).toContain('documents.csv');
    for (const r of csvs) {
      const [header, ...rows] = await csvRows(r.path);
      const fields = r.schema?.fields ?? [];
      expect(header, r.path).toEqual(fields.map((f) => f.name));
      const bad = rows.flatMap((row, i) =>
        fields.flatMap((f, j) => {
          const v = row[j] ?? '';
          return v === '' || valid[f.type](v) ? [] : [`${r.path} row ${i + 1} ${f.name}: ${v}`];
        }),
      );
      expect(bad).toEqual([]);
    }
  });

  it('splits the findings by year: each file holds only its year’s documents', async () => {
    const years = [...new Set(docs.map((d) => publicationYear(d.meta)))].sort();
    expect(
      resources
        .filter((r) => r.name.startsWith('findings-'))
        .map((r) => r.path)
        .sort(),
    ).toEqual(years.map((y) => `findings-${y}.csv`));
    for (const year of years) {
      const inFile = new Set((await csvRows(`findings-${year}.csv`)).slice(1).map((row) => row[0]));
      const ofYear = docs.filter((d) => publicationYear(d.meta) === year).map((d) => d.meta.slug);
      expect([...inFile].sort()).toEqual(ofYear.sort());
    }
  });

  it('publishes a JSON Schema that every assessment.json validates against', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await read('data/assessment.schema.json')) as object);
    for (const [slug, assessment] of assessments) {
      expect(validate(assessment), `${slug}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    // The schema is no formality: a finding without its text fails it.
    const broken = structuredClone([...assessments.values()][0]!);
    delete (broken.sections[0]!.findings[0] as Partial<Assessment['sections'][0]['findings'][0]>).text;
    expect(validate(broken)).toBe(false);
  });
});

describe('in DuckDB', () => {
  it('the countries on Tier 3 in a year are those whose country page shows Tier 3 for that year', async () => {
    const years = [...new Set(docs.filter((d) => d.tier).map((d) => publicationYear(d.meta)))];
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      const fromCsv = await query(
        `SELECT country FROM read_csv(${csvPath('tiers.csv')}) WHERE year = ${year} AND placement = 'Tier 3' ORDER BY country`,
      );
      const fromPages: string[] = [];
      for (const slug of new Set(docs.map((d) => d.country.slug))) {
        const $ = await loadPage(countryPath(slug), dist);
        const onTier3 = $('.tier-chart tbody tr')
          .toArray()
          .some((tr) => {
            const doc = docs.find((d) => documentPath(d.meta.slug) === $(tr).find('a').attr('href'));
            return doc && publicationYear(doc.meta) === year && $(tr).find('td').last().text() === 'Tier 3';
          });
        if (onTier3) fromPages.push($('h1').text().trim());
      }
      expect(fromCsv.map((r) => r['country'])).toEqual(fromPages.sort());
    }
  });

  it('counts each document’s findings as its assessment.json lists them', async () => {
    const counts = await query(
      `SELECT document, count(*) AS n FROM read_csv([${resources
        .filter((r) => r.name.startsWith('findings-'))
        .map((r) => csvPath(r.path))
        .join(', ')}], union_by_name = true) GROUP BY document ORDER BY document`,
    );
    const expected = [...assessments.entries()]
      .map(([slug, a]) => ({ document: slug, n: String(a.sections.flatMap((s) => s.findings).length) }))
      .sort((a, b) => a.document.localeCompare(b.document));
    expect(counts).toEqual(expected);
    const perDocument = await query(
      `SELECT slug AS document, findings AS n FROM read_csv(${csvPath('documents.csv')}) ORDER BY slug`,
    );
    expect(perDocument).toEqual(expected);
  });

  it('gives back a finding with commas, quotes and a leading = or + byte for byte', async () => {
    const hostile = [...assessments.values()]
      .flatMap((a) => a.sections.flatMap((s) => s.findings))
      .filter((f) => (f.text.includes(',') && f.text.includes('"')) || /^[=+]/.test(f.text));
    expect(hostile.some((f) => f.text.startsWith('='))).toBe(true);
    expect(hostile.some((f) => f.text.includes(',') && f.text.includes('"'))).toBe(true);
    for (const finding of hostile) {
      const [row] = await query(
        `SELECT text FROM read_csv(${csvPath('findings-2010.csv')}, all_varchar = true) WHERE url = '${finding.url}'`,
      );
      expect(Buffer.from(row?.['text'] ?? '')).toEqual(Buffer.from(finding.text));
    }
  });
});

describe('feeds', () => {
  it('the archive feed parses, newest first, each entry’s id the document’s permanent URL', async () => {
    const feed = parseFeed(await read('feed.xml'));
    const newest = [...docs].sort(
      (a, b) =>
        b.meta.publicationDate.iso.localeCompare(a.meta.publicationDate.iso) ||
        a.meta.slug.localeCompare(b.meta.slug),
    );
    expect(feed.items.map((i) => i.id)).toEqual(newest.map((d) => absoluteUrl(documentPath(d.meta.slug))));
    expect(feed.items.map((i) => i.title)).toEqual(newest.map((d) => d.meta.title));
    expect(feed.items.map((i) => i.url)).toEqual(feed.items.map((i) => i.id));
  });

  it('each country’s feed parses and lists exactly its documents', async () => {
    for (const slug of new Set(docs.map((d) => d.country.slug))) {
      const feed = parseFeed(await read(countryFeedPath(slug).slice(1)));
      const own = docs
        .filter((d) => d.country.slug === slug)
        .map((d) => absoluteUrl(documentPath(d.meta.slug)));
      expect(feed.items.map((i) => i.id).sort()).toEqual(own.sort());
    }
  });

  it('the home page and each country page link their feed for feed readers', async () => {
    const alternate = async (page: string) =>
      (await loadPage(page, dist))('link[rel="alternate"][type="application/atom+xml"]').attr('href');
    expect(await alternate('/')).toBe('/feed.xml');
    for (const slug of new Set(docs.map((d) => d.country.slug))) {
      expect(await alternate(countryPath(slug))).toBe(countryFeedPath(slug));
    }
  });
});

describe('a Special Case', () => {
  it('is its own state in tiers.csv, documents.csv and the grid, not a tier', async () => {
    const [row] = await query(
      `SELECT placement FROM read_csv(${csvPath('tiers.csv')}) WHERE country = 'Freedonia' AND year = 2018`,
    );
    expect(row?.['placement']).toBe('Special Case');
    const [doc] = await query(
      `SELECT tier FROM read_csv(${csvPath('documents.csv')}) WHERE slug = 'freedonia-2018-report'`,
    );
    expect(doc?.['tier']).toBe('Special Case');
    const $ = await loadPage('/tiers/', dist);
    const cell = $('.tier-table a[href="/freedonia-2018-report/"]').parent();
    expect([cell.text().trim(), cell.attr('class')]).toEqual(['SC', 'sc']);
  });
});

describe('/tiers/', () => {
  it('lists every country and report year, each cell the placement its report states, linked to it', async () => {
    const $ = await loadPage('/tiers/', dist);
    const years = $('.tier-table thead th')
      .toArray()
      .slice(1)
      .map((th) => $(th).text());
    const reports = docs.filter((d) => d.meta.series === 'annual-report');
    expect(years).toEqual([...new Set(reports.map((d) => publicationYear(d.meta)))].sort());
    const cells = $('.tier-table tbody tr')
      .toArray()
      .filter((tr) => $(tr).find('th[scope="row"]').length > 0)
      .flatMap((tr) =>
        $(tr)
          .find('td')
          .toArray()
          .flatMap((td, i) =>
            $(td).find('a').length === 0
              ? []
              : [
                  {
                    country: $(tr).find('th').text().trim(),
                    year: years[i],
                    text: $(td).text().trim(),
                    href: $(td).find('a').attr('href'),
                  },
                ],
          ),
      );
    const short = {
      'Tier 1': '1',
      'Tier 2': '2',
      'Tier 2 Watch List': '2W',
      'Tier 3': '3',
      'Special Case': 'SC',
    } as const;
    const expected = reports.map((d) => ({
      country: d.country.name,
      year: publicationYear(d.meta),
      text: d.tier ? short[d.tier.level as keyof typeof short] : '–',
      href: documentPath(d.meta.slug),
    }));
    const key = (c: { country: string; year?: string | undefined }) => `${c.country} ${c.year ?? ''}`;
    expect(cells.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      expected.sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it('groups the countries by region, the one the dataset does not know last', async () => {
    const $ = await loadPage('/tiers/', dist);
    const groups = $('.tier-table tbody')
      .toArray()
      .map((tbody) => ({
        region: $(tbody).find('th[scope="rowgroup"]').text().trim(),
        countries: $(tbody)
          .find('th[scope="row"]')
          .toArray()
          .map((th) => $(th).text().trim()),
      }));
    expect(groups).toEqual([
      { region: 'Americas', countries: ['Costa Rica'] },
      { region: 'Asia', countries: ['North Korea'] },
      { region: 'Other', countries: ['Freedonia', 'Ruritania'] },
    ]);
  });

  it('draws the overview at build time, one square per report, with a text alternative', async () => {
    const $ = await loadPage('/tiers/', dist);
    const svg = $('figure.tier-overview svg');
    const squares = svg
      .find('path')
      .toArray()
      .reduce((n, p) => n + ($(p).attr('d')?.match(/M/g)?.length ?? 0), 0);
    expect(squares).toBe(docs.filter((d) => d.meta.series === 'annual-report').length);
    expect(svg.attr('role')).toBe('img');
    expect($(`#${svg.attr('aria-labelledby') ?? ''}`).text()).toMatch(/4 countries .* 3 report years/);
  });
});

describe('/data/', () => {
  it('lists every file with its row count and size, and describes them as a schema.org Dataset', async () => {
    const $ = await loadPage('/data/', dist);
    const listed = $('.data-files li')
      .toArray()
      .map((li) => ({
        file: $(li).find('a').attr('href'),
        facts: $(li).find('.data-facts').text().replace(/\s+/g, ' ').trim(),
      }));
    const expected = await Promise.all(
      ['datapackage.json', ...resources.map((r) => r.path)].map(async (file) => {
        const size = fileSize((await readFile(path.join(dist, 'data', file))).byteLength);
        const rows = file.endsWith('.csv') ? (await csvRows(file)).length - 1 : undefined;
        return { file: `/data/${file}`, facts: rows === undefined ? size : `${rowCount(rows)} · ${size}` };
      }),
    );
    expect(listed).toEqual(expected);
    const nodes = $('script[type="application/ld+json"]')
      .toArray()
      .map((el) => JSON.parse($(el).text()) as { '@type'?: string; distribution?: { contentUrl: string }[] });
    const dataset = nodes.find((n) => n['@type'] === 'Dataset');
    expect(dataset?.distribution?.map((d) => d.contentUrl)).toEqual(
      expected.map((e) => absoluteUrl(e.file ?? '')),
    );
  });

  it('tells spreadsheet users to import the text columns as text', async () => {
    const $ = await loadPage('/data/', dist);
    expect($('#data-spreadsheets + p').text()).toMatch(/text columns set to Text/);
  });
});
