import type { APIRoute, GetStaticPaths } from 'astro';
import { documentEntries } from '../../data/documents.ts';
import { toAssessment } from '../../publish/assessment-export.ts';
import type { Document } from '../../model/refworld/schema.ts';

/** `/<document>/assessment.json`: the document model with the addresses of its pages and findings. */
export const getStaticPaths = (async () => {
  const docs = await documentEntries();
  return docs.map((doc) => ({
    params: { doc: doc.data.meta.slug },
    props: { document: doc.data },
    cacheKey: doc.digest,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ document: Document }> = ({ props }) =>
  // Without indentation: a third of the file's bytes, on every document of the archive.
  new Response(`${JSON.stringify(toAssessment(props.document))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
