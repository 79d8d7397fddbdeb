import type { Metadata } from '../../model/refworld/schema.ts';
import { CITED_URL, fillReferences } from './cited-url.ts';
import { referencesFor, type References } from './references.ts';

/** One template per document, keyed by its metadata: formatting runs citeproc seven times. */
const templates = new Map<string, References>();

/**
 * A document's references formatted once with the stand-in URL ({@link CITED_URL}), for filling in per page
 * or finding; made on first use and kept for the build.
 */
export function referenceTemplate(meta: Metadata): References {
  // Keyed by content, not slug: in dev, an edited export must not keep its old references.
  const key = JSON.stringify(meta);
  let template = templates.get(key);
  if (!template) {
    template = referencesFor(meta, CITED_URL);
    templates.set(key, template);
  }
  return template;
}

/**
 * The references to a document at `url`: exactly `referencesFor(meta, url)`, at the cost of a string
 * substitution once the document's template is made.
 * @param url the absolute URL of the page or finding being cited
 */
export function referencesAt(meta: Metadata, url: string): References {
  return fillReferences(referenceTemplate(meta), url);
}
