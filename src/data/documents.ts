import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATED_DIRS } from '../generated-content.ts';
import { newestFirst } from '../model/archive/group-documents.ts';
import type { Document } from '../model/refworld/schema.ts';
import { PATHS } from '../site.config.ts';
import { oncePerBuild } from './once-per-build.ts';

/** A document's model and the digest of its model's JSON (what a page's `cacheKey` is made of). */
interface Stored {
  doc: Document;
  digest: string;
}

/**
 * Every document's model, read from the generated JSON (src/integrations/seeds/generate.ts, validated by
 * `DocumentSchema` when the seed was read), by slug. Not a content collection: Astro's store would keep
 * every model and write it again, whole, whenever one document changes.
 */
const stored = oncePerBuild(async (): Promise<Map<string, Stored>> => {
  const dir = path.resolve(PATHS.generated, GENERATED_DIRS.documents.dir);
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  const index = new Map<string, Stored>();
  for (const name of names) {
    const json = await readFile(path.join(dir, name), 'utf8');
    const doc = JSON.parse(json) as Document;
    index.set(doc.meta.slug, { doc, digest: createHash('sha256').update(json).digest('base64url') });
  }
  return index;
});

/**
 * Every document, in the site's one order: newest publication first, documents of the same day by slug
 * (`newestFirst`). Sorted once per build; grouping (src/model/archive/) and the previous-document lookup
 * (src/model/changes/) take this list as it is.
 */
export const documents = oncePerBuild(async (): Promise<Document[]> =>
  newestFirst([...(await stored()).values()].map((s) => s.doc)),
);

async function storedBySlug(slug: string): Promise<Stored> {
  const entry = (await stored()).get(slug);
  if (!entry) throw new Error(`${PATHS.generated}: expected a document "${slug}"`);
  return entry;
}

/**
 * One document by its slug.
 * @throws Error naming the slug when no document has it
 */
export async function documentBySlug(slug: string): Promise<Document> {
  return (await storedBySlug(slug)).doc;
}

/**
 * The digest of one document's model JSON, by its slug: what its pages' `cacheKey`s are made of.
 * @throws Error naming the slug when no document has it
 */
export async function documentDigest(slug: string): Promise<string> {
  return (await storedBySlug(slug)).digest;
}
