/**
 * `<Finding>`, `<Paragraph>` and the full text's finding as functions of their props and their rendered
 * children, to HTML: the components the generated MDX of section pages and the full text is rendered with
 * at content sync (src/integrations/seeds/render-mdx.ts), so that no page needs a module per entry, and the
 * full text and the overview's quoted summary, rendered from the model. The HTML is byte for byte what the
 * `.astro` components it replaced wrote (tests/build/findings-golden.test.ts), their scoped-style attributes
 * included; the styles are FindingsHtml.astro's and CopyLink.astro's.
 */
import { escapeHTML } from 'astro/runtime/server/escape.js';
import type { FindingElementProps, ParagraphElementProps } from '../../lib/generated-content.ts';
import type { Document, Paragraph } from '../../lib/refworld/schema.ts';
import { SECTION_TEXT } from '../../strings.ts';
import { aliasIdsBefore } from '../../lib/redirects/index.ts';
import { documentPath, findingPath } from '../../lib/urls.ts';
import { astroScope } from './astro-scope.ts';

/** Rendered HTML, as opposed to text to escape. */
export type Html = string;

/** A component of the generated MDX: its props as written and its children, already rendered. */
export type HtmlComponent = (props: Record<string, string>, children: Html) => Html;

/** An attribute as Astro writes it: ` name="value"`, with `&` and `"` escaped. */
const attr = (name: string, value: string): string =>
  ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

/** The attribute Astro gives every element of a component with scoped styles. */
const scoped = (component: string): string => ` data-astro-cid-${astroScope(component)}`;

const PARAGRAPH = scoped('src/components/finding/Paragraph.astro');
const COPY_LINK = scoped('src/components/links/CopyLink.astro');
const ALIAS = scoped('src/components/finding/FindingAliases.astro');

/** FindingTools.astro: the permanent link after a finding, and nothing else. */
function findingTools(href: string): Html {
  return (
    `<span class="finding-tools" data-pagefind-ignore>` +
    `<a class="copy-link-anchor control-quiet"${attr('href', href)}${attr('aria-label', 'Link to this finding')} data-pagefind-ignore${COPY_LINK}></a>` +
    `</span>`
  );
}

/** Finding.astro: on its section page, after the anchors of its old ids, with its link. */
function finding(props: FindingElementProps, sentence: Html): Html {
  const aliases = aliasIdsBefore(documentPath(props.doc, props.section), props.id)
    .map((alias) => `<span class="finding-alias"${attr('id', alias)}${ALIAS}></span>`)
    .join('');
  return `${aliases}<span class="finding"${attr('id', props.id)}>${sentence}</span>${findingTools(`#${props.id}`)}`;
}

/** FullTextFinding.astro: on the full text, linked to its permanent address. */
function fullTextFinding(props: FindingElementProps, sentence: Html): Html {
  const address = findingPath(props.doc, props.section, props.id);
  return `<span class="finding"${attr('id', props.id)}>${sentence}</span>${findingTools(address)}`;
}

/** Paragraph.astro: one source paragraph; on the full text with its section's label, linked. */
function paragraph(props: ParagraphElementProps, text: Html): Html {
  const { index, section, sectionLabel, href } = props;
  const label =
    href && sectionLabel
      ? ` <p class="paragraph-section" data-pagefind-ignore${PARAGRAPH}> <a${attr('href', href)}${PARAGRAPH}>${escapeHTML(sectionLabel)}</a> </p>`
      : ' ';
  return `<div class="paragraph"${attr('data-paragraph', index)}${attr('data-section', section)}${PARAGRAPH}>${label} <p${PARAGRAPH}>${text}</p> </div>`;
}

// The MDX's attributes are the generator's, typed by the same props (src/lib/generated-content.ts).
const asFinding = (props: Record<string, string>) => props as unknown as FindingElementProps;
const asParagraph = (props: Record<string, string>) => props as unknown as ParagraphElementProps;

/** The components of a section page's MDX. */
export const SECTION_COMPONENTS: Record<string, HtmlComponent> = {
  Finding: (props, children) => finding(asFinding(props), children),
  Paragraph: (props, children) => paragraph(asParagraph(props), children),
};

/** Text as Astro escapes it in a page. */
export const escapeText = (text: string): Html => escapeHTML(text);

/** QuotedFinding.astro: a finding quoted away from its section page, without its id. */
const quotedFinding = (_: FindingElementProps, sentence: Html): Html =>
  `<span class="finding"> ${sentence} </span>`;

/** Paragraphs of the model as the MDX of their page renders them: findings joined by the source's gaps. */
function paragraphsHtml(
  doc: Document,
  paragraphs: readonly Paragraph[],
  render: (props: FindingElementProps, sentence: Html) => Html,
  labelled: boolean,
): Html {
  return paragraphs
    .map((p) => {
      const text = p.findings
        .map((f, i) => {
          const html = render({ id: f.id, doc: doc.meta.slug, section: p.section }, escapeText(f.text));
          const gap = i < p.findings.length - 1 ? (p.separators[i] ?? '') : '';
          return html + escapeText(gap);
        })
        .join('');
      const label = labelled
        ? { sectionLabel: SECTION_TEXT[p.section].label, href: documentPath(doc.meta.slug, p.section) }
        : {};
      return paragraph({ index: String(p.index), section: p.section, ...label }, text);
    })
    .join('\n');
}

/** The full text's findings, rendered from the model: every paragraph labelled with its section. */
export const fullTextHtml = (doc: Document): Html =>
  paragraphsHtml(doc, doc.paragraphs, fullTextFinding, true);

/** A document's summary quoted on its overview: the findings without ids or tools. */
export const quotedHtml = (doc: Document, paragraphs: readonly Paragraph[]): Html =>
  paragraphsHtml(doc, paragraphs, quotedFinding, false);
