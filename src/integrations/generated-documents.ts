import { Worker } from 'node:worker_threads';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CountrySchema, MetadataSchema, TierSchema } from '../model/refworld/schema.ts';

/** What a document says about itself, without its body (the fields of DocumentSchema a card needs). */
const DocumentHeadSchema = z.object({
  /** Everything the export says about itself. */
  meta: MetadataSchema,
  /** The country the document is about. */
  country: CountrySchema,
  /** The tier placement the text states, if it states one. */
  tier: TierSchema.optional(),
});

/** A document without its body. */
export type DocumentHead = z.infer<typeof DocumentHeadSchema>;

/** The head (metadata, country, tier) of each JSON file given that exists, in order, checked against the schema. */
export async function documentHeadsOf(files: readonly string[]): Promise<DocumentHead[]> {
  const docs: DocumentHead[] = [];
  for (const file of files) {
    const json = await readFile(file, 'utf8').catch(() => undefined);
    if (json === undefined) continue;
    const head = DocumentHeadSchema.safeParse(JSON.parse(json));
    if (!head.success) throw new Error(`${file}: its meta does not match the schema`, { cause: head.error });
    docs.push(head.data);
  }
  return docs;
}

/** The head of every generated document model (`<slug>.json` in `documentsDir`), by file name. */
export async function generatedDocuments(documentsDir: string): Promise<DocumentHead[]> {
  const files = (await readdir(documentsDir).catch(() => [])).filter((f) => f.endsWith('.json'));
  return documentHeadsOf(files.sort().map((name) => path.join(documentsDir, name)));
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
