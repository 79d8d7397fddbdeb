import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFile, dataFiles } from '../../data/datasets.ts';
import { mediaType } from '../../publish/data/datapackage.ts';

/** /data/<file>: documents.csv, tiers.csv, findings-<year>.csv and assessment.schema.json, made once per build. */
export const getStaticPaths = (async () =>
  (await dataFiles()).map((f) => ({ params: { file: f.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = await dataFile(params.file ?? '');
  return new Response(file.make(), { headers: { 'Content-Type': `${mediaType(file.file)}; charset=utf-8` } });
};
