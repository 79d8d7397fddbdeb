import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATED_DIRS } from '../generated-content.ts';
import type { Document } from '../model/refworld/schema.ts';
import { PATHS } from '../site.config.ts';
import { oncePerBuild } from './once-per-build.ts';

/** One document: its slug, its model and the digest of its model's JSON. */
export interface DocumentEntry {
  id: string;
  data: Document;
  digest: string;
}
/**
 * Every document's model, read from the generated JSON (src/integrations/seeds/generate.ts, validated by
 * `DocumentSchema` when the seed was read), in the order of their slugs. Not a content collection: Astro's
 * store would keep every model and write it again, whole, whenever one document changes.
 */
export const documentEntries = oncePerBuild(async (): Promise<DocumentEntry[]> => {
  const dir = path.resolve(PATHS.generated, GENERATED_DIRS.documents.dir);
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const entries: DocumentEntry[] = [];
  for (const name of names) {
    const json = await readFile(path.join(dir, name), 'utf8');
    entries.push({
      id: name.replace(/\.json$/, ''),
      data: JSON.parse(json) as Document,
      digest: createHash('sha256').update(json).digest('base64url'),
    });
  }
  return entries;
});

const entryIndex = oncePerBuild(
  async (): Promise<Map<string, DocumentEntry>> => new Map((await documentEntries()).map((e) => [e.id, e])),
);

/**
 * One document by its slug.
 * @throws Error naming the slug when no document has it
 */
export async function documentEntry(slug: string): Promise<DocumentEntry> {
  const entry = (await entryIndex()).get(slug);
  if (!entry) throw new Error(`${PATHS.generated}: expected a document "${slug}"`);
  return entry;
}
