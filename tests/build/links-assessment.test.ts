// /<doc>/assessment.json: the model the site is built from, valid against its zod schema, with addresses.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../src/publish/assessment-export.ts';
import { absoluteUrl, assessmentPath, documentPath, findingPath } from '../../src/publish/urls.ts';
import { DocumentSchema } from '../../src/model/refworld/schema.ts';
import { DIST, loadPage } from '../../tooling/dist.ts';
import { seedsIn } from '../../tooling/seeds.ts';

const seeds = await seedsIn();
const docs = seeds.map(({ document }) => ({ slug: document.meta.slug, document }));
const read = async (slug: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(DIST, assessmentPath(slug)), 'utf8'));

describe('assessment.json', () => {
  it.each(docs)('validates for $slug against the site’s document schema and its own', async ({ slug }) => {
    const data = await read(slug);
    expect(DocumentSchema.safeParse(data).error).toBeUndefined();
    expect(AssessmentSchema.safeParse(data).error).toBeUndefined();
  });

  it.each(docs)('holds the model of $slug exactly as parsed from its seed', async ({ slug, document }) => {
    expect(DocumentSchema.parse(await read(slug))).toEqual(document);
  });

  it.each(docs)('gives every finding of $slug its permanent address', async ({ slug, document }) => {
    const data = AssessmentSchema.parse(await read(slug));
    const listed = data.sections.flatMap((s) => s.findings.map((f) => [f.id, f.url]));
    const expected = document.paragraphs.flatMap((p) =>
      p.findings.map((f) => [f.id, absoluteUrl(findingPath(slug, p.section, f.id))]),
    );
    expect(listed.sort()).toEqual(expected.sort());
  });

  it.each(docs)('is linked from the source page of $slug', async ({ slug }) => {
    const $ = await loadPage(documentPath(slug, 'source'));
    expect($(`main a[href="${assessmentPath(slug)}"]`)).toHaveLength(1);
  });
});
