import type { ListItem, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { countriesIn, placedFindings, timelineOf, yearsIn } from '../../lib/mentions/explore.ts';
import { formatIso } from '../../lib/mentions/format-date.ts';
import type { Mention } from '../../lib/mentions/schema.ts';
import type { Document, Finding } from '../../lib/refworld/schema.ts';
import { findingPath } from '../../lib/urls.ts';
import { EXPLORER_TEXT, SECTION_TEXT } from '../../strings.ts';
import { attribute, literalText } from './to-mdx.ts';

const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** A mention in words, as the table lists it: the country's name, the date normalised, the place's name. */
function mentionLabel(m: Mention): string {
  if (m.kind === 'country') return m.name;
  if (m.kind === 'date')
    return m.iso === undefined ? `${m.text} (${EXPLORER_TEXT.noYear})` : formatIso(m.iso);
  return m.name;
}

/** `<Mentions countries="myanmar china" years="2009" section="…">China, Myanmar; April 2009</Mentions>`. */
function mentionsElement(finding: Finding, section: string): MdxJsxTextElement {
  const labels = [...new Set(finding.mentions.map(mentionLabel))];
  return {
    type: 'mdxJsxTextElement',
    name: 'Mentions',
    attributes: [
      attribute('section', section),
      attribute(
        'countries',
        countriesIn(finding)
          .map((c) => c.slug)
          .join(' '),
      ),
      attribute('years', yearsIn(finding).join(' ')),
    ],
    children: literalText(labels.length === 0 ? EXPLORER_TEXT.noMentions : labels.join('; ')),
  };
}

/**
 * `/<doc>/findings/`: every finding in one GFM table, one row each: the sentence (its row's header),
 * its section, its mentions and its permanent address.
 */
export function findingsTable(doc: Document, caption: string): RootContent[] {
  const { slug } = doc.meta;
  const header: TableRow = {
    type: 'tableRow',
    children: EXPLORER_TEXT.columns.map((label) => cell([text(label)])),
  };
  const rows: TableRow[] = placedFindings(doc).map(({ finding, section }) => ({
    type: 'tableRow',
    children: [
      cell(literalText(finding.text)),
      cell([text(SECTION_TEXT[section].label)]),
      cell([mentionsElement(finding, section)]),
      cell([
        { type: 'link', url: findingPath(slug, section, finding.id), children: [text(`#${finding.id}`)] },
      ]),
    ],
  }));
  const table: Table = { type: 'table', align: [null, null, null, null], children: [header, ...rows] };
  return [
    {
      type: 'mdxJsxFlowElement',
      name: 'FindingsTable',
      attributes: [attribute('caption', caption)],
      children: [table],
    },
  ];
}

/** `/<doc>/timeline/`: every resolved date in order, each item its date at its precision and its finding, linked. */
export function timelineList(doc: Document): RootContent[] {
  const { entries } = timelineOf(doc);
  const items: ListItem[] = entries.map(({ date, finding, section }) => ({
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'mdxJsxTextElement',
            name: 'EventDate',
            attributes: [
              attribute('iso', date.iso),
              attribute('precision', date.precision),
              attribute('span', String(date.span)),
              attribute('label', formatIso(date.iso)),
            ],
            children: [],
          },
          text(' '),
          {
            type: 'link',
            url: findingPath(doc.meta.slug, section, finding.id),
            children: literalText(finding.text),
          },
        ],
      },
    ],
  }));
  return items.length === 0 ? [] : [{ type: 'list', ordered: true, spread: false, children: items }];
}
