import type { Metadata } from '../../lib/refworld/schema.ts';

/**
 * The card's version: raise it whenever the layout, colours or fonts below change, so that cached cards
 * made by the old template are not reused.
 */
export const CARD_TEMPLATE_VERSION = 1;

/** Open Graph's recommended size for a large image card. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The font family the template names; the renderer registers the files under it. */
export const CARD_FONT = 'Noto Sans';

/** A node as satori reads it: React's element shape, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

function div(
  style: Record<string, string | number>,
  children: string | CardNode | (string | CardNode)[],
): CardNode {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/** What the card says, also its alt text: title, country and date, and the site's name. */
export interface CardText {
  title: string;
  country: string;
  date: string;
  site: string;
}

/** The card's words for a document. */
export function cardText(meta: Metadata, site: string): CardText {
  return { title: meta.title, country: meta.country, date: meta.publicationDate.text, site };
}

/** The alt text of a document's card: the same words the image shows. */
export function cardAlt(text: CardText): string {
  return `${text.title}. ${text.country}, ${text.date}. ${text.site}.`;
}

/** The card's layout: the title large, country and date beneath, the site's name at the foot. */
export function cardMarkup(text: CardText): CardNode {
  return div(
    {
      width: '100%',
      height: '100%',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      backgroundColor: '#fbfaf7',
      color: '#1c1b19',
      fontFamily: CARD_FONT,
      borderTop: '16px solid #8a2d1f',
    },
    [
      div({ flexDirection: 'column' }, [
        div({ fontSize: 58, fontWeight: 700, lineHeight: 1.15 }, text.title),
        div({ marginTop: 28, fontSize: 36, color: '#4a4741' }, `${text.country} · ${text.date}`),
      ]),
      div({ fontSize: 30, fontWeight: 700, color: '#8a2d1f' }, text.site),
    ],
  );
}
