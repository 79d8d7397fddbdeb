/**
 * The class that colours a placement in the tier grid and its overview, by level ('Special Case' is a
 * state, not a tier, and has its own colour); `tn` is a report that states none. The colours are tokens
 * in src/styles/global.css (`--tier-*`).
 */
export const TIER_CLASS: Readonly<Record<string, string>> = {
  'Tier 1': 't1',
  'Tier 2': 't2',
  'Tier 2 Watch List': 't2w',
  'Tier 3': 't3',
  'Special Case': 'sc',
};

/** The class of a report's cell: its placement's, or `tn` when it states none. */
export const tierClass = (level: string | undefined): string =>
  level === undefined ? 'tn' : (TIER_CLASS[level] ?? 'tn');

/** The placements in the order the key lists them, best first, then the special case. */
export const KEY_ORDER = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3', 'Special Case'] as const;
