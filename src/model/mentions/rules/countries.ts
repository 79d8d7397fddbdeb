/**
 * Country names as the State Department writes them that the ISO 3166 dataset (world-countries) does
 * not list among a country's names, mapped to the country's ISO 3166-1 alpha-3 code. Names are compared
 * with accents, case and punctuation folded, so "Cote d'Ivoire" also matches "Côte d’Ivoire". Add a line
 * here when the build log says a country was not found and it is one the dataset knows under another name.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  Burma: 'MMR',
  'Korea, North': 'PRK',
  'Korea, South': 'KOR',
  "Cote d'Ivoire": 'CIV',
  'Congo, Democratic Republic of the': 'COD',
  'Congo, Republic of the': 'COG',
  Macedonia: 'MKD',
  'Timor-Leste': 'TLS',
  'The Bahamas': 'BHS',
  'The Gambia': 'GMB',
  'Micronesia, Federated States of': 'FSM',
  'Sao Tome and Principe': 'STP',
  Swaziland: 'SWZ',
  // Former names and the report's own spellings, so that a renamed country keeps one page.
  'Cabo Verde': 'CPV',
  Turkey: 'TUR',
  'St. Lucia': 'LCA',
  'St. Kitts and Nevis': 'KNA',
  'St. Vincent and the Grenadines': 'VCT',
  'St. Maarten': 'SXM',
};

/**
 * Places the reports name that ISO 3166-1 no longer lists, declared here with the code ISO 3166 gave
 * them and the name their page takes; each spelling the reports use is a key. Kosovo (XK) is in the
 * dataset and needs no line.
 */
export const DECLARED_TERRITORIES: Readonly<Record<string, { code: string; name: string }>> = {
  // ISO 3166-1 CS, 2003–2006 (ISO 3166-3 CSXX): the 2003–2006 reports.
  'Serbia and Montenegro': { code: 'CS', name: 'Serbia and Montenegro' },
  // ISO 3166-1 YU until 2003 (ISO 3166-3 YUCS): the 2001–2002 reports.
  Yugoslavia: { code: 'YU', name: 'Yugoslavia' },
  'Federal Republic of Yugoslavia': { code: 'YU', name: 'Yugoslavia' },
  // ISO 3166-1 AN until 2010 (ISO 3166-3 ANHH): reports before Curacao and Sint Maarten had narratives of their own.
  'Netherlands Antilles': { code: 'AN', name: 'Netherlands Antilles' },
};

/**
 * Demonyms the reports use that world-countries' `demonyms.eng` does not give, mapped to the country's
 * alpha-3 code; their plurals are made as for the dataset's. Add a line when a finding's adjective for a
 * country is not recognised.
 */
export const DEMONYM_ALIASES: Readonly<Record<string, string>> = {
  Lao: 'LAO',
  Kyrgyz: 'KGZ',
  Emirati: 'ARE',
};
