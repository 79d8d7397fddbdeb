// Synthetic Refworld exports for the build benchmark: short ones made from the China seed (only the country
// renamed) and long ones of about 160 sentences under heading lines, as the annual reports are laid out.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../tooling/paths.ts';

/** The real export every short synthetic one is made from. */
export const SEED = 'seeds/china-2010-tip-interim-assessment.txt';
/** The seed's country as its title and "Cite as" lines end it: the only text that is changed. */
const COUNTRY_IN_TITLE = 'Interim Assessment - China';
/** Every tenth document is long (documents 9, 19, 29…), so N = 1 is the China seed's text alone. */
export const LONG_EVERY = 10;
/** Sentences of a long export, by section, in the order of the annual reports. */
const LONG_LAYOUT = [
  // The summary is one paragraph: only the first paragraph is the summary by position.
  { heading: undefined, sentences: 12, perParagraph: 12 },
  { heading: 'Recommendations', sentences: 8, perParagraph: 8 },
  { heading: 'Prosecution', sentences: 48, perParagraph: 6 },
  { heading: 'Protection', sentences: 48, perParagraph: 6 },
  { heading: 'Prevention', sentences: 44, perParagraph: 6 },
] as const;

/** The made-up country of synthetic document `i`: `Country 0042`. */
export function countryName(i: number): string {
  return `Country ${String(i).padStart(4, '0')}`;
}

/** Whether synthetic document `i` is a long one. */
export function isLong(i: number): boolean {
  return i % LONG_EVERY === LONG_EVERY - 1;
}

/**
 * The seed's text with the country of its title and "Cite as" lines replaced by `country`; the rest stays
 * byte for byte.
 * @throws Error if the seed no longer names its country in exactly those two lines
 */
export function shortExport(seed: string, country: string): string {
  const found = seed.split(COUNTRY_IN_TITLE).length - 1;
  if (found !== 2)
    throw new Error(`${SEED}: expected "${COUNTRY_IN_TITLE}" twice (title, Cite as), found ${found}`);
  return seed.replaceAll(COUNTRY_IN_TITLE, COUNTRY_IN_TITLE.replace('China', country));
}

// Word lists whose lengths are pairwise coprime (13, 11, 17, 7, 19), so sentence i's first five words, picked
// by i modulo each length, differ for every i below 13 × 11 × 17: finding ids stay distinct and short.
const OPENINGS = [
  'In 2009,',
  'In March,',
  'Last year,',
  'Since April,',
  'By November,',
  'In May,',
  'Recently,',
  'In June,',
  'Meanwhile,',
  'In July,',
  'Overall,',
  'In August,',
  'Subsequently,',
];
const ACTORS = [
  'provincial police',
  'the government',
  'local officials',
  'prosecutors',
  'labor inspectors',
  'border guards',
  'NGOs',
  'courts',
  'the ministry',
  'municipal authorities',
  'county officials',
];
const VERBS = [
  'reported',
  'investigated',
  'identified',
  'opened',
  'referred',
  'convicted',
  'trained',
  'funded',
  'assisted',
  'monitored',
  'documented',
  'reviewed',
  'expanded',
  'launched',
  'sentenced',
  'detained',
  'inspected',
];
const PLACES = [
  'in coastal provinces',
  'along the northern border',
  'in the capital',
  'in factory towns',
  'in rural districts',
  'near mining sites',
  'in port cities',
];
const TOPICS: Record<string, readonly string[]> = {
  summary: [
    'forced labor cases',
    'trafficking reports',
    'victims of forced marriage',
    'anti-trafficking efforts',
  ],
  Recommendations: [
    'clear procedures for victim referral',
    'more prosecutions of labor trafficking',
    'shelter funding for adult victims',
    'a national action plan',
  ],
  Prosecution: ['trafficking offenders', 'criminal cases', 'suspected traffickers', 'labor recruiters'],
  Protection: ['trafficking victims', 'child victims', 'foreign victims', 'shelter residents'],
  Prevention: [
    'awareness campaigns',
    'hotline calls',
    'school outreach sessions',
    'labor recruitment agencies',
  ],
};
const ENDINGS = [
  'according to official reports',
  'with support from international organizations',
  'although data remained incomplete',
  'under the anti-trafficking law',
  'during the reporting period',
  'despite limited resources',
  'with mixed results',
  'as observers noted',
  'in cooperation with NGOs',
  'for the first time',
  'though many cases went unreported',
  'amid growing public attention',
  'according to media accounts',
  'following a national campaign',
  'in several high-profile cases',
  'with few convictions',
  'as the law requires',
  'through a pilot program',
  'at the provincial level',
];

const pick = (list: readonly string[], i: number): string => list[i % list.length] ?? '';

/** Sentence `i` of document `doc` about `topic`: deterministic, varied, distinct in its first five words. */
function sentence(doc: number, i: number, topic: readonly string[]): string {
  const k = i + doc * 37;
  const count = ((k * 31) % 90) + 10;
  return `${pick(OPENINGS, k)} ${pick(ACTORS, k)} ${pick(VERBS, k)} ${count} ${pick(topic, k)} ${pick(PLACES, k)} ${pick(ENDINGS, k)}.`;
}

/**
 * A long export (about 160 sentences) for synthetic document `doc`: a summary, a "Recommendations" paragraph,
 * then "Prosecution", "Protection" and "Prevention" heading lines, each followed by paragraphs of six sentences.
 */
export function longExport(doc: number, country: string): string {
  const title = `2010 Trafficking in Persons Report - ${country}`;
  const lines = [
    'Last Updated: Tuesday, 24 May 2016, 11:51 GMT',
    '',
    title,
    '',
    'Publisher United States Department of State',
    'Publication Date 14 June 2010',
    `Cite as United States Department of State, ${title}, 14 June 2010, available at: [accessed 24 May 2016]`,
    'DisclaimerThis is not a UNHCR publication. UNHCR is not responsible for, nor does it necessarily endorse, its content.',
  ];
  let i = 0;
  for (const part of LONG_LAYOUT) {
    // "Recommendations" is no section heading: like the reports, it opens a paragraph placed by its words.
    if (part.heading && part.heading !== 'Recommendations') lines.push('', part.heading);
    const topic = TOPICS[part.heading ?? 'summary'] ?? [];
    const sentences = Array.from({ length: part.sentences }, () => sentence(doc, i++, topic));
    if (part.heading === 'Recommendations')
      sentences[0] = `Recommendations for ${country}: ${sentences[0] ?? ''}`;
    for (let p = 0; p < sentences.length; p += part.perParagraph) {
      lines.push('', sentences.slice(p, p + part.perParagraph).join(' '));
    }
  }
  lines.push('', 'Search Refworld', '');
  return lines.join('\n');
}

/** The file name of synthetic document `i`: `country-0042-2010-tip.txt`. */
function fileName(i: number): string {
  return `${countryName(i).toLowerCase().replace(' ', '-')}-2010-tip.txt`;
}

/**
 * Replaces `dir` with `count` synthetic exports, one per made-up country; every tenth is long unless
 * `shortOnly` (a profile of the per-document cost alone).
 * @returns how many of them are long
 */
export async function writeExports(dir: string, count: number, shortOnly = false): Promise<{ long: number }> {
  const seed = await readFile(path.join(ROOT, SEED), 'utf8');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let long = 0;
  for (let i = 0; i < count; i += 1) {
    const longOne = !shortOnly && isLong(i);
    const text = longOne ? longExport(i, countryName(i)) : shortExport(seed, countryName(i));
    if (longOne) long += 1;
    await writeFile(path.join(dir, fileName(i)), text);
  }
  return { long };
}

/** Replaces `dir` with the long export of document 9 alone (the page-weight case). */
export async function writeLongExport(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, fileName(LONG_EVERY - 1)),
    longExport(LONG_EVERY - 1, countryName(LONG_EVERY - 1)),
  );
}
