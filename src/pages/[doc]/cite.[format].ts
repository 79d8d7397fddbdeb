import type { APIRoute, GetStaticPaths } from 'astro';
import { documentDigest, documents } from '../../data/documents.ts';
import {
  CITE_FILE_FORMATS,
  CITE_FILE_TYPES,
  citeFile,
  type CiteFileFormat,
} from '../../publish/citation/cite-files.ts';
import type { Metadata } from '../../model/refworld/schema.ts';
import { absoluteUrl, documentPath } from '../../publish/urls.ts';

/** `/<document>/cite.ris`, `cite.bib` and `cite.json`: the document's reference for citation managers. */
export const getStaticPaths = (async () => {
  const docs = await Promise.all(
    (await documents()).map(async (doc) => ({ meta: doc.meta, digest: await documentDigest(doc.meta.slug) })),
  );
  return docs.flatMap(({ meta, digest }) =>
    CITE_FILE_FORMATS.map((format) => ({
      params: { doc: meta.slug, format },
      props: { meta, format },
      cacheKey: digest,
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ meta: Metadata; format: CiteFileFormat }> = ({ props }) =>
  new Response(citeFile(props.meta, absoluteUrl(documentPath(props.meta.slug)), props.format), {
    headers: { 'Content-Type': `${CITE_FILE_TYPES[props.format]}; charset=utf-8` },
  });
