import { countryLabel } from '../model/archive/country-label.ts';
import type { Country, Metadata, Tier } from '../model/refworld/schema.ts';
import { CARD_TEXT } from '../strings.ts';

/**
 * The card's version: raise it whenever the layout, colours or fonts below change, so that cached cards
 * made by the old template are not reused.
 */
export const CARD_TEMPLATE_VERSION = 2;

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

/** What a card says, also its alt text: what kind of page, its subject, the facts under it, the site. */
export interface CardText {
  /** Above the subject: the document's type (`2010 Trafficking in Persons Report`), or the page's kind. */
  kicker: string;
  /** The subject, largest: a country, a year, the site. */
  title: string;
  /** The line under it: date, counts. */
  facts: string;
  /** A stated tier, drawn as a badge beside the facts; absent when none is stated. */
  tier?: string;
  site: string;
}

/** What a document's card needs: its metadata, its country and the tier it states, if any. */
export interface CardDocument {
  meta: Metadata;
  country: Pick<Country, 'written' | 'name'>;
  tier?: Pick<Tier, 'level'> | undefined;
}

/** A document's card: its type above (the title's words before the country), its country large, its date and stated tier under it. */
export function cardText(doc: CardDocument, site: string): CardText {
  return {
    kicker: doc.meta.documentType,
    title: countryLabel(doc.country),
    facts: doc.meta.publicationDate.text,
    ...(doc.tier && { tier: doc.tier.level }),
    site,
  };
}

/** A card of the archive's own pages (the site, a country, a year): its kind, subject and facts. */
export function pageCardText(kicker: string, title: string, facts: string, site: string): CardText {
  return { kicker, title, facts, site };
}

/** The alt text of a card: the same words the image shows, in its order. */
export function cardAlt(text: CardText): string {
  const tier = text.tier ? ` ${CARD_TEXT.tierStated(text.tier)}.` : '';
  return `${text.kicker}: ${text.title}. ${text.facts}.${tier} ${text.site}.`;
}

/** The subject's size: as large as its length lets it be on two lines at most. */
const titleSize = (title: string): number => (title.length <= 16 ? 120 : title.length <= 28 ? 92 : 68);

const INK = '#1c1b19';
const MUTED = '#4a4741';
const ACCENT = '#8a2d1f';

/**
 * The card's layout, filling the image: the kicker at the top, the subject large in the middle, the facts
 * and a tier badge under it, the site's name at the foot. Breaks only at spaces: a title's hyphen keeps
 * the words beside it (no-break spaces), so "Report -" never ends a line.
 */
export function cardMarkup(text: CardText): CardNode {
  const keep = (s: string) => s.replace(/ ([-–—]) /gu, '\u00a0$1\u00a0');
  // The accent bar and the padded content are siblings: padding on the root would push the foot off the card.
  const content = div(
    {
      flexGrow: 1,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '52px 72px 48px',
    },
    [
      div({ fontSize: 40, color: MUTED, lineHeight: 1.2 }, keep(text.kicker)),
      div({ flexDirection: 'column' }, [
        div({ fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.05 }, keep(text.title)),
        div({ marginTop: 28, alignItems: 'center', flexWrap: 'wrap' }, [
          div({ fontSize: 40, color: MUTED, marginRight: 28 }, keep(text.facts)),
          ...(text.tier
            ? [
                div(
                  {
                    fontSize: 40,
                    fontWeight: 700,
                    color: '#ffffff',
                    backgroundColor: ACCENT,
                    padding: '4px 22px',
                    borderRadius: 10,
                  },
                  text.tier,
                ),
              ]
            : []),
        ]),
      ]),
      div(
        {
          justifyContent: 'space-between',
          paddingTop: 22,
          borderTop: `2px solid ${MUTED}`,
          fontSize: 32,
          fontWeight: 700,
          color: ACCENT,
        },
        text.site,
      ),
    ],
  );
  return div(
    {
      width: '100%',
      height: '100%',
      flexDirection: 'column',
      backgroundColor: '#fbfaf7',
      color: INK,
      fontFamily: CARD_FONT,
    },
    [div({ height: 24, backgroundColor: ACCENT }, []), content],
  );
}
