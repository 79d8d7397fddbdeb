import type { List, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxTextExpression } from 'mdast-util-mdx-expression';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';
import type { FindingElementProps, ParagraphElementProps } from '../../generated-content.ts';
import type { Paragraph } from '../../model/refworld/schema.ts';
import { splitListMarker } from '../../model/refworld/list-item.ts';

export { withoutListMarker } from '../../model/refworld/list-item.ts';

export const attribute = (name: string, value: string | number): MdxJsxAttribute => ({
  type: 'mdxJsxAttribute',
  name,
  value: String(value),
});

/** A string-literal expression such as `{" "}`: the only code the generator writes; it renders as its text. */
export function stringExpression(value: string): MdxTextExpression {
  return { type: 'mdxTextExpression', value: JSON.stringify(value) };
}

/**
 * Words the Markdown parser turns into links (GFM autolink literals): URLs, `www.` addresses and e-mail
 * addresses. Matched generously, since a word written as a string literal renders as the same text.
 */
const LINK_LIKE = /\S*(?:[a-z][a-z0-9+.-]*:\/\/|www\.|@)\S*/giu;

/**
 * A sentence as text nodes, which remark-stringify escapes so that nothing in them is evaluated. Link-like
 * words are string-literal expressions instead: the site's MDX parser autolinks a URL even when its
 * characters are backslash-escaped, which would wrap part of a quoted sentence in a link of the site's.
 */
export function literalText(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK_LIKE)) {
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
    nodes.push(stringExpression(match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}

/**
 * A list item's text: its marker (kept, as the source has it) in a span that search leaves out and screen
 * readers skip, since the list already says it is an item; then the item's words.
 */
function listItemText(text: string): PhrasingContent[] {
  const split = splitListMarker(text);
  if (split === undefined) return literalText(text);
  const { marker, gap, words } = split;
  const span: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [
      attribute('class', 'list-marker'),
      attribute('aria-hidden', 'true'),
      attribute('data-pagefind-ignore', ''),
    ],
    children: [{ type: 'text', value: marker }],
  };
  return [span, stringExpression(gap), ...literalText(words)];
}

/**
 * `<Finding id="…" doc="…" section="…">sentence</Finding>`: the sentence is literal text, escaped, never
 * evaluated; the attributes tell the page's component where the finding's permanent address is.
 */
function findingElement(props: FindingElementProps, text: string, listItem = false): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Finding',
    attributes: attributes(props),
    children: listItem ? listItemText(text) : literalText(text),
  };
}

/** A list paragraph's findings as a Markdown list, one finding an item. */
function findingList(doc: string, paragraph: Paragraph): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: paragraph.findings.map((finding) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [findingElement({ id: finding.id, doc, section: paragraph.section }, finding.text, true)],
        },
      ],
    })),
  };
}

/** An element's props as MDX attributes, in the order given. */
function attributes(props: object): MdxJsxAttribute[] {
  return Object.entries(props).map(([name, value]) => attribute(name, value as string | number));
}

/**
 * One source paragraph as `<Paragraph>` wrapping a Markdown paragraph of
 * `<Finding>` elements, joined by the whitespace the source had between them;
 * a list paragraph wraps a Markdown list instead, one finding an item.
 */
export function paragraphElement(
  doc: string,
  paragraph: Paragraph,
  extra: Pick<ParagraphElementProps, 'sectionLabel' | 'href'> = {},
): MdxJsxFlowElement {
  const props: ParagraphElementProps = {
    index: String(paragraph.index),
    section: paragraph.section,
    ...(paragraph.list && { list: 'true' }),
    ...extra,
  };
  if (paragraph.list) {
    return {
      type: 'mdxJsxFlowElement',
      name: 'Paragraph',
      attributes: attributes(props),
      children: [findingList(doc, paragraph)],
    };
  }
  const children: PhrasingContent[] = [];
  paragraph.findings.forEach((finding, i) => {
    children.push(findingElement({ id: finding.id, doc, section: paragraph.section }, finding.text));
    const gap = paragraph.separators[i];
    // MDX drops bare whitespace between elements, so the source's gap is an expression: {" "}.
    if (gap !== undefined && i < paragraph.findings.length - 1) children.push(stringExpression(gap));
  });
  const body: MdParagraph = { type: 'paragraph', children };
  return {
    type: 'mdxJsxFlowElement',
    name: 'Paragraph',
    attributes: attributes(props),
    children: [body],
  };
}

/**
 * Serializes an MDX file: YAML frontmatter opened by a "generated" comment,
 * then the given nodes, through remark-stringify with the MDX and GFM
 * extensions so that every character of the text is escaped as needed.
 */
export function toMdx(comment: string, frontmatter: Record<string, unknown>, nodes: RootContent[]): string {
  const yaml = `# ${comment}\n${toYaml(frontmatter, { lineWidth: 0 }).trimEnd()}`;
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...nodes] };
  return unified()
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkStringify)
    .stringify(tree);
}
