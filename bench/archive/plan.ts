// Which documents the realistic archive holds: every annual report's country narratives from 2001 to 2024
// (as many countries as each report covered) and the interim assessments of the years they were published,
// each with its tier and its length. Pure data, from one seed; the text is written by export-text.ts.
import {
  COVERED,
  coverageOrder,
  FIRST_YEAR,
  INTERIM,
  LAST_YEAR,
  nameIn,
  SPECIAL_CASES,
  type ArchiveCountry,
} from './countries.ts';
import { hash, seeded, shuffled, type Random } from './random.ts';

/** A placement as the tier line states it; 'Special Case' is no tier. */
export type Placement = 'Tier 1' | 'Tier 2' | 'Tier 2 Watch List' | 'Tier 3' | 'Special Case';

/** The eras the archive is stratified by: the lengths and layouts of the series, and the interim assessments. */
export const ERAS = ['2001–2004', '2005–2009', '2010–2016', '2017–2024', 'interim'] as const;
export type Era = (typeof ERAS)[number];

/** One document of the archive, before its text is written. */
export interface PlannedDocument {
  kind: 'annual' | 'interim';
  /** The report year, or the interim assessment's year of publication. */
  year: number;
  /** The country as that year's document names it. */
  country: string;
  era: Era;
  /** The annual report's placement; absent for interim assessments. */
  placement?: Placement;
  /** The placement of the year before, where the country was covered. */
  previous?: Placement;
  /** How many reports in a row (this one included) give this placement. */
  consecutive: number;
  /** How many sentences (findings) the body has. */
  sentences: number;
  /** The seed of the document's own stream, from its key. */
  seed: number;
  /** The export's file name. */
  file: string;
}

const LADDER: readonly Placement[] = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3'];
/** The Watch List began with the 2004 report; earlier reports knew Tiers 1–3 only. */
const WATCH_LIST_FROM = 2004;

/** The era of an annual report of `year`. */
export function eraOf(year: number): Era {
  if (year <= 2004) return '2001–2004';
  if (year <= 2009) return '2005–2009';
  if (year <= 2016) return '2010–2016';
  return '2017–2024';
}

/** How many sentences a document of `era` has: the lengths of the series, era by era. */
function length(era: Era, random: Random): number {
  switch (era) {
    case '2001–2004':
      return random.int(5, 12);
    case '2005–2009':
      return random.int(40, 60);
    case '2010–2016':
      return random.int(90, 130);
    case '2017–2024':
      // 110 to 300, most of them long: the narratives of the last years run several thousand words.
      return 110 + Math.round(190 * random.next() ** 0.4);
    case 'interim':
      return random.int(8, 22);
  }
}

/** `korea-north` from `Korea, North`: the file-name part of a country. */
export function fileSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

/** Each country's placements by year, a seeded walk along the tiers. */
function placements(
  countries: readonly ArchiveCountry[],
  random: Random,
): Map<string, Map<number, Placement>> {
  const start: readonly [Placement, number][] = [
    ['Tier 1', 0.2],
    ['Tier 2', 0.45],
    ['Tier 2 Watch List', 0.2],
    ['Tier 3', 0.15],
  ];
  const out = new Map<string, Map<number, Placement>>();
  for (const c of countries) {
    let roll = random.next();
    let step = LADDER.indexOf(start.find(([, p]) => (roll -= p) < 0)?.[0] ?? 'Tier 2');
    const years = new Map<number, Placement>();
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      if (random.chance(0.28)) step = Math.min(3, Math.max(0, step + (random.chance(0.5) ? 1 : -1)));
      let placement = LADDER[step] ?? 'Tier 2';
      if (placement === 'Tier 2 Watch List' && year < WATCH_LIST_FROM) placement = 'Tier 2';
      if (c.name === 'United States of America') placement = 'Tier 1';
      if (SPECIAL_CASES.has(c.name) && year >= 2017) placement = 'Special Case';
      years.set(year, placement);
    }
    out.set(c.name, years);
  }
  return out;
}

/** The file name of a planned document: `burma-2017-tip.txt`, `china-2010-tip-interim-assessment.txt`. */
function fileName(kind: PlannedDocument['kind'], country: string, year: number): string {
  return `${fileSlug(country)}-${year}-tip${kind === 'interim' ? '-interim-assessment' : ''}.txt`;
}

/** The whole archive, in (year, kind, country) order, from `seed`. */
export function planArchive(seed = 2001): PlannedDocument[] {
  const random = seeded(seed);
  const countries = coverageOrder((names) => shuffled(names, random));
  const tiers = placements(countries, random);
  const docs: PlannedDocument[] = [];
  const covered = (year: number): ArchiveCountry[] => countries.slice(0, COVERED[year] ?? 0);
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    for (const c of covered(year)) {
      const byYear = tiers.get(c.name);
      const placement = byYear?.get(year);
      const wasCovered = covered(year - 1).includes(c);
      let consecutive = 1;
      while (covered(year - consecutive).includes(c) && byYear?.get(year - consecutive) === placement)
        consecutive += 1;
      const previous = wasCovered ? byYear?.get(year - 1) : undefined;
      const country = nameIn(c, year);
      const key = `annual ${c.name} ${year}`;
      docs.push({
        kind: 'annual',
        year,
        country,
        era: eraOf(year),
        ...(placement ? { placement } : {}),
        ...(previous !== undefined ? { previous } : {}),
        consecutive,
        sentences: length(eraOf(year), seeded(`${seed} ${key} length`)),
        seed: hash(`${seed} ${key}`),
        file: fileName('annual', country, year),
      });
    }
    const interim = INTERIM[year];
    if (interim !== undefined) {
      // Interim assessments follow the countries at risk of a downgrade: the Watch List first, then Tier 3, Tier 2.
      const rank = (c: ArchiveCountry): number =>
        ['Tier 2 Watch List', 'Tier 3', 'Tier 2'].indexOf(tiers.get(c.name)?.get(year - 1) ?? 'Tier 1');
      const candidates = shuffled(
        covered(year - 1).filter((c) => rank(c) >= 0),
        seeded(`${seed} interim ${year}`),
      ).sort((a, b) => rank(a) - rank(b));
      for (const c of candidates.slice(0, interim).sort((a, b) => a.name.localeCompare(b.name))) {
        const country = nameIn(c, year);
        const key = `interim ${c.name} ${year}`;
        docs.push({
          kind: 'interim',
          year,
          country,
          era: 'interim',
          consecutive: 1,
          sentences: length('interim', seeded(`${seed} ${key} length`)),
          seed: hash(`${seed} ${key}`),
          file: fileName('interim', country, year),
        });
      }
    }
  }
  return docs;
}

/** One more annual report, of the year after the archive's last, for a rebuild after one new export. */
export function extraDocument(seed = 2001): PlannedDocument {
  const country = 'Burma';
  const key = `annual ${country} ${LAST_YEAR + 1}`;
  return {
    kind: 'annual',
    year: LAST_YEAR + 1,
    country,
    era: eraOf(LAST_YEAR + 1),
    placement: 'Tier 3',
    consecutive: 1,
    sentences: length('2017–2024', seeded(`${seed} ${key} length`)),
    seed: hash(`${seed} ${key}`),
    file: fileName('annual', country, LAST_YEAR + 1),
  };
}

/**
 * `count` documents of `docs` that keep every era in proportion (largest remainder, at least one of each
 * era present), each era's share spread evenly over its years and countries; all of them when `count` is
 * at least their number. Kept in the archive's order.
 */
export function selectStratified(docs: readonly PlannedDocument[], count: number): PlannedDocument[] {
  if (count >= docs.length) return [...docs];
  const byEra = ERAS.map((era) => docs.filter((d) => d.era === era)).filter((list) => list.length > 0);
  const quotas = byEra.map((list) => Math.max(1, Math.floor((list.length * count) / docs.length)));
  const remainders = byEra
    .map((list, i) => ({ i, rest: (list.length * count) / docs.length - (quotas[i] ?? 0) }))
    .sort((a, b) => b.rest - a.rest);
  for (let k = 0; quotas.reduce((a, b) => a + b, 0) < count; k += 1) {
    const i = remainders[k % remainders.length]?.i ?? 0;
    quotas[i] = (quotas[i] ?? 0) + 1;
  }
  const chosen = new Set<PlannedDocument>();
  byEra.forEach((list, i) => {
    const quota = Math.min(list.length, quotas[i] ?? 0);
    // Evenly spaced over a list in (year, country) order: every year of the era, countries across the alphabet.
    for (let k = 0; k < quota; k += 1) {
      const doc = list[Math.floor(((k + 0.5) * list.length) / quota)];
      if (doc) chosen.add(doc);
    }
  });
  return docs.filter((d) => chosen.has(d));
}
