import type { APIRoute, GetStaticPaths } from 'astro';
import { documentEntries } from '../../data/documents.ts';
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
  const docs = await documentEntries();
  return docs.flatMap((doc) =>
    CITE_FILE_FORMATS.map((format) => ({
      params: { doc: doc.data.meta.slug, format },
      props: { meta: doc.data.meta, format },
      cacheKey: doc.digest,
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ meta: Metadata; format: CiteFileFormat }> = ({ props }) =>
  new Response(citeFile(props.meta, absoluteUrl(documentPath(props.meta.slug)), props.format), {
    headers: { 'Content-Type': `${CITE_FILE_TYPES[props.format]}; charset=utf-8` },
  });
