import type { APIRoute } from 'astro';
import { dataPackageText } from '../../data/datasets.ts';

/** /data/datapackage.json: the Frictionless Data Package describing every file of /data/. */
export const GET: APIRoute = async () =>
  new Response(await dataPackageText(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
