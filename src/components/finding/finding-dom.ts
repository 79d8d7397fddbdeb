/**
 * The one contract between a finding's HTML and the code that reads it: every class name, data attribute,
 * selector and id builder that finding-html.ts and the components write and that the scripts
 * (finding-controls.ts, cite-dialog.ts, copy-link.ts), the styles, contract/check.ts and the tests read.
 * Client-safe: it imports nothing. Each name is a constant of its own, not a property of an object, so that
 * a script's bundle keeps only the names it uses.
 *
 * In the HTML a finding is its sentence and its permanent link, nothing more:
 *
 *     <span class="finding" id="ID">sentence</span><a class="finding-link" href="#ID" aria-label="…"></a>
 *
 * When scripts run, finding-controls.ts wraps each link in a copy of the page's one tools template
 * (`<template data-finding-controls>`), with its copy and cite buttons for that finding.
 */

// Class names.
/** A sentence's element; its id is the finding's id. */
export const FINDING = 'finding';
/** An empty anchor before a finding, under one of its old ids. */
export const FINDING_ALIAS = 'finding-alias';
/** The permanent link that follows each finding (its mark "#" drawn by CSS). */
export const FINDING_LINK = 'finding-link';
/** The span the script builds around a finding's link and its buttons. */
export const FINDING_TOOLS = 'finding-tools';
/** A block of references: "Cite this page", "How to cite", and the cite dialog's copy. */
export const CITE_BLOCK = 'cite-block';
/** The id of the page's "Cite this page", whose references the cite dialog copies. */
export const CITE_PAGE_ID = 'cite-page';

// Data attributes, as written in the HTML.
/** On the page's one `<template>` of a finding's tools; its value is the page's public URL. */
export const ATTR_CONTROLS = 'data-finding-controls';
export const ATTR_PAGE_URL = 'data-page-url';
/** On a button: the absolute URL it copies. */
export const ATTR_COPY_URL = 'data-copy-url';
/** On a button: the id of the element whose text it copies (a reference). */
export const ATTR_COPY_FROM = 'data-copy-from';
/** Set on a copy button for a while after it copied. */
export const ATTR_COPIED = 'data-copied';
/** On a finding's cite button: the address it cites. */
export const ATTR_CITE = 'data-cite';
/** On the cite button whose press loaded the dialog's script, until the dialog opens. */
export const ATTR_CITE_PENDING = 'data-cite-pending';
/** The page's polite live region for the copy buttons' outcome. */
export const ATTR_COPY_STATUS = 'data-copy-status';
/** In a moved finding's note: the link to its new address. */
export const ATTR_MOVED_TO = 'data-moved-to';

// Selectors, built from the names above.
export const LINK_SELECTOR = `a.${FINDING_LINK}`;
export const TEMPLATE_SELECTOR = `template[${ATTR_CONTROLS}]`;
export const COPY_BUTTON_SELECTOR = `button[${ATTR_COPY_URL}], button[${ATTR_COPY_FROM}]`;
export const CITE_BUTTON_SELECTOR = `button[${ATTR_CITE}]`;
export const CITE_PENDING_SELECTOR = `button[${ATTR_CITE_PENDING}]`;
export const COPY_STATUS_SELECTOR = `[${ATTR_COPY_STATUS}]`;
export const MOVED_TO_SELECTOR = `a[${ATTR_MOVED_TO}]`;
/** The page's references, which the cite dialog copies. */
export const PAGE_REFERENCES_SELECTOR = `#${CITE_PAGE_ID} .${CITE_BLOCK}`;

/** The element of the finding `id` (an id may hold any character a selector would need escaped). */
export const findingSelector = (id: string): string => `.${FINDING}[id="${id}"]`;

/** Where a page's references and the dialog's copy of them get their ids: `page--apa`, `cite-dialog--apa`. */
export const REFERENCE_PREFIX = { page: 'page', dialog: 'cite-dialog' } as const;

/** The references a block holds, in its order, by the key that ends each one's id. */
export const REFERENCE_KEYS = ['cite-as', 'apa', 'chicago-note', 'chicago-bibliography', 'bibtex'] as const;
export type ReferenceKey = (typeof REFERENCE_KEYS)[number];

/** The id of one reference in a block: `page--apa`. */
export const referenceId = (prefix: string, key: ReferenceKey): string => `${prefix}--${key}`;

/** The same id in the dialog's copy of the page's block: `page--apa` becomes `cite-dialog--apa`. */
export const dialogReferenceId = (pageId: string): string =>
  pageId.replace(`${REFERENCE_PREFIX.page}--`, `${REFERENCE_PREFIX.dialog}--`);

/** Whether a reference's id is the export's own "Cite as" line, which holds no URL to replace. */
export const isCiteAsId = (id: string): boolean => id.endsWith('--cite-as');

/** The public address a finding's buttons copy and cite: its link's `href` resolved against the page's URL. */
export const findingAddress = (href: string, pageUrl: string): string => new URL(href, pageUrl).href;
