/**
 * `<Finding>`, `<Paragraph>` and the full text's finding as functions of their props and their rendered
 * children, to HTML: the components the generated MDX of section pages and the full text is rendered with
 * at content sync (src/integrations/seeds/render-mdx.ts), so that no page needs a module per entry, and the
 * full text and the overview's quoted summary, rendered from the model. A finding is its sentence and its
 * permanent link, named as finding-dom.ts says; its buttons are the client's (finding-controls.ts). The
 * golden of tests/build/findings-golden.test.ts holds the HTML; the styles are FindingsHtml.astro's.
 */
import { escapeHTML } from 'astro/runtime/server/escape.js';
import type { FindingElementProps, ParagraphElementProps } from '../../generated-content.ts';
import { splitListMarker } from '../../model/refworld/list-item.ts';
import type { Document, Paragraph } from '../../model/refworld/schema.ts';
import { LINK_TEXT, SECTION_TEXT } from '../../strings.ts';
import { aliasIdsBefore } from '../../publish/redirects/index.ts';
import { siteRedirects } from '../../redirects.ts';
import { documentPath, findingPath } from '../../publish/urls.ts';
import { FINDING, FINDING_ALIAS, FINDING_LINK } from './finding-dom.ts';

/** Rendered HTML, as opposed to text to escape. */
export type Html = string;

/** A component of the generated MDX: its props as written and its children, already rendered. */
export type HtmlComponent = (props: Record<string, string>, children: Html) => Html;

/** An attribute as Astro writes it: ` name="value"`, with `&` and `"` escaped; an empty value as its name alone. */
const attr = (name: string, value: string): string =>
  value === '' ? ` ${name}` : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

/** An HTML element of the MDX (`<ul>`, a list marker's `<span>`), as Astro writes it. */
export function element(name: string, props: Record<string, string>, children: Html): Html {
  const attrs = Object.entries(props)
    .map(([key, value]) => attr(key, value))
    .join('');
  return `<${name}${attrs}>${children}</${name}>`;
}

const LINK_NAME = LINK_TEXT.link(LINK_TEXT.thisFinding);

/**
 * A finding's permanent link, right after its sentence with nothing between (whitespace would enter the
 * paragraph's text), and nothing else: its copy and cite buttons are built on the client from the page's
 * one template (FindingControls.astro, finding-controls.ts). Its mark "#" is drawn by CSS.
 */
function findingLink(href: string): Html {
  return `<a class="${FINDING_LINK}"${attr('href', href)}${attr('aria-label', LINK_NAME)}></a>`;
}

/** Finding.astro: on its section page, after the anchors of its old ids, with its link. */
function finding(props: FindingElementProps, sentence: Html): Html {
  const aliases = aliasIdsBefore(documentPath(props.doc, props.section), props.id, siteRedirects())
    .map((alias) => `<span class="${FINDING_ALIAS}"${attr('id', alias)}></span>`)
    .join('');
  return `${aliases}<span class="${FINDING}"${attr('id', props.id)}>${sentence}</span>${findingLink(`#${props.id}`)}`;
}

/** FullTextFinding.astro: on the full text, linked to its permanent address. */
function fullTextFinding(props: FindingElementProps, sentence: Html): Html {
  const address = findingPath(props.doc, props.section, props.id);
  return `<span class="${FINDING}"${attr('id', props.id)}>${sentence}</span>${findingLink(address)}`;
}

/**
 * Paragraph.astro: one source paragraph; on the full text with its section's label, linked. Its index and
 * section are not written: nothing reads them from the page, and every paragraph of every view would
 * carry them.
 */
function paragraph(props: ParagraphElementProps, text: Html): Html {
  const { sectionLabel, href, list } = props;
  const label =
    href && sectionLabel
      ? ` <p class="paragraph-section" data-pagefind-ignore> <a${attr('href', href)}>${escapeHTML(sectionLabel)}</a> </p>`
      : ' ';
  // A list paragraph's findings are the items of its <ul>, set as they are; any other's, one <p>.
  const body = list ? text : `<p>${text}</p>`;
  const isList = list === undefined ? '' : attr('data-list', list);
  return `<div class="paragraph"${isList}>${label} ${body} </div>`;
}

// The MDX's attributes are the generator's, typed by the same props (src/generated-content.ts).
const asFinding = (props: Record<string, string>) => props as unknown as FindingElementProps;
const asParagraph = (props: Record<string, string>) => props as unknown as ParagraphElementProps;

/** The components of a section page's MDX. */
export const SECTION_COMPONENTS: Record<string, HtmlComponent> = {
  Finding: (props, children) => finding(asFinding(props), children),
  Paragraph: (props, children) => paragraph(asParagraph(props), children),
};

/** Text as Astro escapes it in a page. */
export const escapeText = (text: string): Html => escapeHTML(text);

/** A list item's words, its bullet in a span that search leaves out and screen readers skip (to-mdx.ts). */
function listItemHtml(text: string): Html {
  const split = splitListMarker(text);
  if (split === undefined) return escapeText(text);
  const marker = element(
    'span',
    { class: 'list-marker', 'aria-hidden': 'true', 'data-pagefind-ignore': '' },
    escapeText(split.marker),
  );
  return marker + escapeText(split.gap) + escapeText(split.words);
}

/** QuotedFinding.astro: a finding quoted away from its section page, without its id. */
const quotedFinding = (_: FindingElementProps, sentence: Html): Html =>
  `<span class="${FINDING}"> ${sentence} </span>`;

/** Paragraphs of the model as the MDX of their page renders them: findings joined by the source's gaps. */
function paragraphsHtml(
  doc: Document,
  paragraphs: readonly Paragraph[],
  render: (props: FindingElementProps, sentence: Html) => Html,
  labelled: boolean,
): Html {
  return paragraphs
    .map((p) => {
      const props = { doc: doc.meta.slug, section: p.section };
      const text = p.list
        ? `<ul>\n${p.findings.map((f) => `<li>\n${render({ ...props, id: f.id }, listItemHtml(f.text))}\n</li>\n`).join('')}</ul>`
        : p.findings
            .map((f, i) => {
              const gap = i < p.findings.length - 1 ? (p.separators[i] ?? '') : '';
              return render({ ...props, id: f.id }, escapeText(f.text)) + escapeText(gap);
            })
            .join('');
      const label = labelled
        ? { sectionLabel: SECTION_TEXT[p.section].label, href: documentPath(doc.meta.slug, p.section) }
        : {};
      const list = p.list ? { list: 'true' } : {};
      return paragraph({ index: String(p.index), section: p.section, ...list, ...label }, text);
    })
    .join('\n');
}

/** The full text's findings, rendered from the model: every paragraph labelled with its section. */
export const fullTextHtml = (doc: Document): Html =>
  paragraphsHtml(doc, doc.paragraphs, fullTextFinding, true);

/** A document's summary quoted on its overview: the findings without ids or tools. */
export const quotedHtml = (doc: Document, paragraphs: readonly Paragraph[]): Html =>
  paragraphsHtml(doc, paragraphs, quotedFinding, false);
