import { Worker } from 'node:worker_threads';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MetadataSchema, type Metadata } from '../lib/refworld/schema.ts';

/** The metadata of each JSON file given that exists, in order, checked against the schema. */
export async function metadataOf(files: readonly string[]): Promise<Metadata[]> {
  const docs: Metadata[] = [];
  for (const file of files) {
    const json = await readFile(file, 'utf8').catch(() => undefined);
    if (json === undefined) continue;
    const meta = MetadataSchema.safeParse((JSON.parse(json) as { meta?: unknown }).meta);
    if (!meta.success) throw new Error(`${file}: its meta does not match the schema`, { cause: meta.error });
    docs.push(meta.data);
  }
  return docs;
}

/** The metadata of every generated document model (`<slug>.json` in `documentsDir`), by file name. */
export async function generatedDocuments(documentsDir: string): Promise<Metadata[]> {
  const files = (await readdir(documentsDir).catch(() => [])).filter((f) => f.endsWith('.json'));
  return metadataOf(files.sort().map((name) => path.join(documentsDir, name)));
}

/**
 * Runs `script` in a worker thread with `data`, for work done beside the build on another core; resolves
 * with the one message the worker posts.
 */
export function besideTheBuild<T>(script: URL, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: data });
    worker.once('message', (message: T) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${script.pathname}: the worker stopped with exit code ${code}`));
    });
  });
}
