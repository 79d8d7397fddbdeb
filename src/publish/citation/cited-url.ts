/**
 * The cited URL in references formatted once per document: citation-js formats each style with a stand-in
 * URL, and the page or finding's own URL replaces it, at build time and in the browser alike. It imports
 * types only, so the client bundle can use it.
 */
import type { FormattedReference, References } from './references.ts';

/** The stand-in formatted in place of the cited URL: a URL itself, so every style treats it as one. */
export const CITED_URL = 'https://cited-url.invalid/stand-in';

/**
 * Characters a URL may hold for the substitution to give what citeproc would: none of them is escaped or
 * changed by any style's text, HTML or BibTeX output. The site's URLs (its origin, slugs, ids) use only these.
 */
const SAFE_URL = /^https?:\/\/[A-Za-z0-9\-._~:/#]+$/;

/**
 * A formatted reference with its cited URL replaced by `url`.
 * @param formatted a reference formatted for the URL `standIn`
 * @param url the absolute URL being cited
 * @param standIn the URL `formatted` cites: {@link CITED_URL} in a document's template, or a page's URL in
 *   that page's references (a finding's address only adds `#id` to it)
 * @throws Error if a URL holds a character a style might escape, or `formatted` does not cite `standIn`
 */
export function fillUrl(formatted: string, url: string, standIn: string = CITED_URL): string {
  for (const u of [url, standIn]) if (!SAFE_URL.test(u)) throw new Error(`Cited URL not plain: ${u}`);
  if (!formatted.includes(standIn)) throw new Error(`Reference does not cite ${standIn}: ${formatted}`);
  return formatted.replaceAll(standIn, url);
}

/**
 * Every reference of a set filled in for `url` by {@link fillUrl}.
 * @param template references formatted for the URL `standIn` (by default {@link CITED_URL})
 */
export function fillReferences(template: References, url: string, standIn: string = CITED_URL): References {
  const fill = (ref: FormattedReference): FormattedReference => ({
    text: fillUrl(ref.text, url, standIn),
    html: fillUrl(ref.html, url, standIn),
  });
  return {
    apa: fill(template.apa),
    chicagoNote: fill(template.chicagoNote),
    chicagoBibliography: fill(template.chicagoBibliography),
    bibtex: fillUrl(template.bibtex, url, standIn),
  };
}
