import type { APIRoute, GetStaticPaths } from 'astro';
import { documentDigest, documents } from '../../data/documents.ts';
import { toAssessment } from '../../publish/assessment-export.ts';
import type { Document } from '../../model/refworld/schema.ts';

/** `/<document>/assessment.json`: the document model with the addresses of its pages and findings. */
export const getStaticPaths = (async () => {
  const docs = await documents();
  return Promise.all(
    docs.map(async (doc) => ({
      params: { doc: doc.meta.slug },
      props: { document: doc },
      cacheKey: await documentDigest(doc.meta.slug),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ document: Document }> = ({ props }) =>
  // Without indentation: a third of the file's bytes, on every document of the archive.
  new Response(`${JSON.stringify(toAssessment(props.document))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
