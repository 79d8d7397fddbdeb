import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import chicagoStyle from '@citation/csl-style-chicago-fullnote-bibliography/info.json' with { type: 'json' };
import type { Metadata } from '../../model/refworld/schema.ts';
import { cslItem } from './csl-item.ts';

/** One formatted reference: plain text to paste anywhere, HTML with the style's italics for the page. */
export interface FormattedReference {
  text: string;
  html: string;
}

/** Everything a "Cite this" block shows for one page or finding. */
export interface References {
  /** APA 7 reference-list entry. */
  apa: FormattedReference;
  /** Chicago notes-bibliography, full first note (without its number). */
  chicagoNote: FormattedReference;
  /** Chicago notes-bibliography, bibliography entry. */
  chicagoBibliography: FormattedReference;
  /** A BibTeX entry. */
  bibtex: string;
}

/** The CSL styles used: APA 7 ships with the CSL plugin; Chicago comes from its own package. */
const STYLE = { apa: 'apa', chicago: 'chicago-fullnote-bibliography' } as const;
const LANG = 'en-US';

const csl = plugins.config.get('@csl');
if (!csl.styles.has(STYLE.chicago)) csl.styles.add(STYLE.chicago, chicagoStyle.content);

/** The inside of citeproc's `<div class="csl-entry">`, or the whole text when there is no wrapper. */
function entryHtml(html: string): string {
  return (/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html).trim();
}

function bibliography(cite: Cite, style: string): FormattedReference {
  const options = { style, lang: LANG };
  return {
    text: String(cite.format('bibliography', { ...options, format: 'text' })).trim(),
    html: entryHtml(String(cite.format('bibliography', { ...options, format: 'html' }))),
  };
}

function note(cite: Cite, style: string, id: string): FormattedReference {
  // One citation of the one item, first of its kind, so the style gives the full note.
  const options = { style, lang: LANG, entry: id, citationsPre: [], citationsPost: [] };
  return {
    text: String(cite.format('citation', { ...options, format: 'text' })).trim(),
    html: String(cite.format('citation', { ...options, format: 'html' })).trim(),
  };
}

/**
 * The references to a document at one URL (a page or a finding), formatted by citation-js with the CSL
 * styles of APA 7 and Chicago, and as BibTeX. Runs at build time; the output is static text.
 * @param url the absolute URL being cited
 */
export function referencesFor(meta: Metadata, url: string): References {
  const apa = new Cite(cslItem(meta, url, 'apa'));
  const chicago = new Cite(cslItem(meta, url, 'chicago'));
  const bibtex = new Cite(cslItem(meta, url, 'bibtex'));
  return {
    apa: bibliography(apa, STYLE.apa),
    chicagoNote: note(chicago, STYLE.chicago, meta.slug),
    chicagoBibliography: bibliography(chicago, STYLE.chicago),
    bibtex: String(bibtex.format('bibtex', { format: 'text' })).trim(),
  };
}
