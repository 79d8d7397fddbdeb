// The text of one export of the realistic archive, laid out as Refworld carries its era: the title form,
// the header lines, the opening tier line in that year's spelling, the headings in that year's case and
// order, the recommendations as that year writes them, and the trafficking profile where it stands.
import { footerLines, headerLines, type HeaderFacts } from './header.ts';
import type { PlannedDocument } from './plan.ts';
import { cap, recommendations, sentence, type Setting, type Topic } from './prose.ts';
import { seeded, type Random } from './random.ts';

/** The annual reports' release dates (day, month) by year, which the header's Publication Date gives. */
// prettier-ignore
const RELEASED: Readonly<Record<number, readonly [number, number]>> = {
  2001: [12, 7], 2002: [5, 6], 2003: [11, 6], 2004: [14, 6], 2005: [3, 6], 2006: [5, 6], 2007: [12, 6],
  2008: [4, 6], 2009: [16, 6], 2010: [14, 6], 2011: [27, 6], 2012: [19, 6], 2013: [19, 6], 2014: [20, 6],
  2015: [27, 7], 2016: [30, 6], 2017: [27, 6], 2018: [28, 6], 2019: [20, 6], 2020: [25, 6], 2021: [1, 7],
  2022: [19, 7], 2023: [15, 6], 2024: [24, 6], 2025: [30, 6],
};

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/** The title as Refworld gives it in the document's year. */
export function titleOf(doc: PlannedDocument): string {
  if (doc.kind === 'interim') return `Trafficking in Persons Interim Assessment - ${doc.country}`;
  if (doc.year <= 2004)
    return `U.S. Department of State ${doc.year} Trafficking in Persons Report - ${doc.country}`;
  if (doc.year <= 2010) return `Trafficking in Persons Report ${doc.year} - ${doc.country}`;
  if (doc.year === 2011) return `2011 Trafficking in Persons Report – ${doc.country}`;
  return `${doc.year} Trafficking in Persons Report - ${doc.country}`;
}

/** The opening tier line in the spelling of the document's year: `BURMA (Tier 3)`, `LIBYA: SPECIAL CASE`. */
export function tierLine(doc: PlannedDocument, random: Random): string | undefined {
  const p = doc.placement;
  if (doc.kind === 'interim' || p === undefined) return undefined;
  const upper = doc.country.toUpperCase();
  if (p === 'Special Case') return `${upper}: SPECIAL CASE`;
  const y = doc.year;
  if (y <= 2002) return `${doc.country} (${p})`;
  if (y === 2003) return `${upper} (${p})`;
  if (y === 2004) return `${upper} (${p.toUpperCase()})`;
  if (y === 2005) return `${upper} (${p === 'Tier 2 Watch List' ? 'TIER 2 - WATCH LIST' : p.toUpperCase()})`;
  if (y === 2006) return `${upper} (${p.toUpperCase()})`;
  if (y === 2008 && random.chance(0.5)) return `${upper} (${p.toUpperCase()})`;
  if (y <= 2014) return `${upper} (${p})`;
  if (y <= 2016) return `${upper}: ${p}`;
  if (y === 2019 && random.chance(0.1)) return `${upper}: ${p}`;
  return `${upper}: ${p.toUpperCase()}`;
}

/** A paragraph of `count` sentences about `topic`. */
function paragraph(count: number, topic: Topic, r: Random, s: Setting): string {
  return Array.from({ length: count }, () => sentence(topic, r, s)).join(' ');
}

/** Paragraphs of three to seven sentences, `total` sentences in all. */
function paragraphs(total: number, topic: Topic, r: Random, s: Setting): string[] {
  const out: string[] = [];
  for (let left = total; left > 0;) {
    const n = Math.min(left, r.int(3, 7));
    out.push(paragraph(n, topic, r, s));
    left -= n;
  }
  return out;
}

/** The sentence that gives the placement's grounds, in the words of the document's year. */
function tierSentence(doc: PlannedDocument, r: Random): string | undefined {
  const { country: c, placement: p, previous, year } = doc;
  if (p === undefined) return undefined;
  if (p === 'Special Case')
    return `${c} remains a Special Case for a ${ORDINALS[Math.min(doc.consecutive, 8) - 1] ?? 'further'} consecutive year.`;
  const standards =
    p === 'Tier 1'
      ? `The Government of ${c} fully meets the minimum standards for the elimination of trafficking.`
      : `The Government of ${c} does not fully meet the minimum standards for the elimination of trafficking${p === 'Tier 3' ? ' and is not making significant efforts to do so.' : '; however, it is making significant efforts to do so.'}`;
  if (year === 2004 && p === 'Tier 3')
    return `${c}'s placement on Tier 3 is due to its failure to take adequate measures against trafficking.`;
  if (year >= 2005 && year <= 2007 && p === 'Tier 2 Watch List')
    return `${c} is placed on Tier 2 Watch List for its failure to provide evidence of increasing efforts to combat trafficking over the last year.`;
  if (year >= 2011 && year <= 2013 && p === 'Tier 2 Watch List') {
    const nth = ORDINALS[Math.min(doc.consecutive, 8) - 1] ?? 'further';
    return `${standards} Because the government has not shown overall increasing efforts, ${c} is placed on Tier 2 Watch List${doc.consecutive > 1 ? ` for a ${nth} consecutive year` : ''}.`;
  }
  if (year === 2016 && p === 'Tier 2 Watch List' && doc.consecutive >= 2)
    return `${standards} ${c} was granted a waiver from an otherwise required downgrade to Tier 3 because its government has a written plan that, if implemented, would constitute significant efforts.`;
  if (year >= 2017 && previous !== undefined && previous !== 'Special Case') {
    const ladder = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3'];
    const move = Math.sign(ladder.indexOf(p) - ladder.indexOf(previous));
    const words = move < 0 ? 'was upgraded to' : move > 0 ? 'was downgraded to' : 'remained on';
    return `${standards.replace(/\.$/, '')}${r.chance(0.5) ? ',' : ';'} therefore ${c} ${words} ${p}.`;
  }
  return year >= 2005 ? standards : undefined;
}

/** A document's body, as a list of blocks (paragraphs and heading lines) separated by blank lines. */
interface Body {
  blocks: string[];
  sentences: number;
}

const HEADINGS = ['Prosecution', 'Protection', 'Prevention'] as const;
const SHARES: Readonly<Record<(typeof HEADINGS)[number] | 'profile', number>> = {
  profile: 0.2,
  Prosecution: 0.27,
  Protection: 0.3,
  Prevention: 0.23,
};

/** Splits `total` sentences over the profile and the three headings, each at least `min`. */
function split(total: number, min: number): Record<keyof typeof SHARES, number> {
  const at = (k: keyof typeof SHARES): number => Math.max(min, Math.round(total * SHARES[k]));
  return {
    profile: at('profile'),
    Prosecution: at('Prosecution'),
    Protection: at('Protection'),
    Prevention: at('Prevention'),
  };
}

/** 2001–2004: a few sentences; no headings before 2003, then Prevention first (2003) or last (2004). */
function earlyBody(doc: PlannedDocument, r: Random, s: Setting): Body {
  const tier = tierSentence(doc, r);
  const prose = doc.sentences - (tier ? 1 : 0);
  if (doc.year <= 2002) {
    const first = Math.max(1, Math.ceil(prose / 2));
    return {
      blocks: [
        paragraph(first, 'profile', r, s),
        paragraph(prose - first, 'prosecution', r, s) + (tier ? ` ${tier}` : ''),
      ].filter(Boolean),
      sentences: doc.sentences,
    };
  }
  const per = Math.max(1, Math.floor((prose - 2) / 3));
  const order = doc.year === 2003 ? (['Prevention', 'Prosecution', 'Protection'] as const) : HEADINGS;
  const blocks = [paragraph(prose - 3 * per, 'profile', r, s) + (tier ? ` ${tier}` : '')];
  for (const h of order) blocks.push(h, paragraph(per, topicOf(h), r, s));
  return { blocks: blocks.filter(Boolean), sentences: prose - 3 * per + 3 * per + (tier ? 1 : 0) };
}

const topicOf = (h: (typeof HEADINGS)[number]): Topic => h.toLowerCase() as Topic;

/** The recommendations of an annual report, as that year writes them; `items` findings (bullets) or one. */
function recommendationBlocks(
  doc: PlannedDocument,
  items: string[],
): { blocks: string[]; sentences: number } {
  const c = doc.country;
  const runOn = (opening: string): string =>
    `${opening} ${items.map((t, i) => (i === 0 ? cap(t) : t)).join('; ')}.`;
  if (doc.year <= 2014) return { blocks: [runOn(`Recommendations for ${c}:`)], sentences: 1 };
  if (doc.year <= 2016) return { blocks: [runOn(`RECOMMENDATIONS FOR ${c.toUpperCase()}:`)], sentences: 1 };
  if (doc.year <= 2018)
    return {
      blocks: [
        `RECOMMENDATIONS FOR ${c.toUpperCase()}${doc.year === 2018 ? ':' : ''}`,
        `${items.map((t, i) => (i === 0 ? cap(t) : t)).join('; ')}.`,
      ],
      sentences: 1,
    };
  return {
    blocks: ['PRIORITIZED RECOMMENDATIONS:', items.map((t) => `• ${cap(t)}.`).join('\n')],
    sentences: items.length,
  };
}

/** 2005 on: the profile and tier paragraph, the recommendations (2009 on), the three headings, and from 2017 the profile at the end. */
function laterBody(doc: PlannedDocument, r: Random, s: Setting): Body {
  const tier = tierSentence(doc, r);
  const hasRecommendations = doc.year >= 2009;
  const bullets = doc.year >= 2019;
  const items = hasRecommendations ? recommendations(bullets ? r.int(6, 12) : r.int(5, 9), r, s) : [];
  const rec = hasRecommendations ? recommendationBlocks(doc, items) : { blocks: [], sentences: 0 };
  const tierCount = tier ? tier.split(/(?<=\.) /).length : 0;
  const framing = r.int(1, 2);
  const parts = split(doc.sentences - rec.sentences - tierCount - framing, 2);
  const upper = doc.year >= 2015;
  const heading = (h: string): string => (upper ? h.toUpperCase() : h);
  const tierParagraph = [paragraph(framing, 'progress', r, s), tier].filter(Boolean).join(' ');
  let profile = paragraphs(parts.profile, 'profile', r, s);
  if (doc.year === 2005 && r.chance(0.2))
    profile = profile.map((p, i) => (i === 0 ? `Scope and Magnitude. ${p}` : p));
  const blocks: string[] = [];
  if (doc.year >= 2017) blocks.push(tierParagraph, ...rec.blocks);
  else blocks.push(...profile, tierParagraph, ...rec.blocks);
  for (const h of HEADINGS) blocks.push(heading(h), ...paragraphs(parts[h], topicOf(h), r, s));
  if (doc.year >= 2017) {
    const [first = '', ...rest] = profile;
    blocks.push(
      'TRAFFICKING PROFILE',
      `As reported over the past five years, ${first.charAt(0).toLowerCase()}${first.slice(1)}`,
      ...rest,
    );
  }
  const sentences =
    parts.profile +
    parts.Prosecution +
    parts.Protection +
    parts.Prevention +
    framing +
    tierCount +
    rec.sentences;
  return { blocks, sentences };
}

/** An interim assessment: a bracketed editor's note, then paragraphs with no tier line and no headings. */
function interimBody(doc: PlannedDocument, r: Random, s: Setting): Body {
  const note = `[From the introductory text accompanying this report on the U.S. Department of State website: "The Interim Assessment gauges the progress of countries that may be in danger of falling a tier in the June ${doc.year} TIP Report. It reviews the concrete actions a government has taken since the June ${doc.year - 1} TIP Report on the key deficiencies it identified."]`;
  const topics: Topic[] = ['progress', 'prosecution', 'protection', 'prevention'];
  const blocks = [note];
  let left = doc.sentences;
  for (const [i, topic] of topics.entries()) {
    const n = i === topics.length - 1 ? left : Math.max(1, Math.round(doc.sentences / 4));
    if (n > 0) blocks.push(paragraph(n, topic, r, s));
    left -= n;
  }
  return { blocks, sentences: doc.sentences - Math.min(0, left) };
}

/** The export's text, and how many sentences its body has. */
export function exportText(doc: PlannedDocument, setting: Setting): { text: string; sentences: number } {
  const r = seeded(doc.seed);
  const [day, month] = doc.kind === 'interim' ? [r.int(1, 28), r.int(2, 3)] : (RELEASED[doc.year] ?? [30, 6]);
  const facts: HeaderFacts = {
    title: titleOf(doc),
    published: new Date(Date.UTC(doc.year, month - 1, day)),
    author: doc.kind === 'annual' && doc.year <= 2004,
    url: doc.kind === 'annual' && doc.year >= 2013 && r.chance(0.25),
    disclaimerAtEnd: doc.kind === 'annual' && doc.year <= 2004 && r.chance(0.05),
  };
  const line = tierLine(doc, r);
  const body =
    doc.kind === 'interim'
      ? interimBody(doc, r, setting)
      : doc.year <= 2004
        ? earlyBody(doc, r, setting)
        : laterBody(doc, r, setting);
  const lines = [...headerLines(facts, r), ...(line ? ['', line] : [])];
  for (const block of body.blocks) lines.push('', block);
  lines.push(...footerLines(facts));
  return { text: lines.join('\n'), sentences: body.sentences };
}
