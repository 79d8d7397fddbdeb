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
