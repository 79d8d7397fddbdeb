// The countries of the realistic archive: the State Department's own names for the 188 countries and
// territories the annual report covers, the renames across the series, and the years each report covers.

/** A country as the reports name it over the years. */
export interface ArchiveCountry {
  /** The name the reports use today ("Eswatini"). */
  name: string;
  /** An earlier name and the first report year that uses `name` instead ("Swaziland" until 2018). */
  formerly?: { name: string; until: number };
  /** The first report year that covers the country, where it joined late (Kosovo: 2008). */
  from?: number;
}

/** The name a report of `year` gives `country`. */
export function nameIn(country: ArchiveCountry, year: number): string {
  return country.formerly && year <= country.formerly.until ? country.formerly.name : country.name;
}

// prettier-ignore
const NAMES = [
  'Afghanistan', 'Albania', 'Algeria', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia', 'Aruba',
  'Australia', 'Austria', 'Azerbaijan', 'The Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus',
  'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei',
  'Bulgaria', 'Burkina Faso', 'Burma', 'Burundi', 'Cambodia', 'Cameroon', 'Canada',
  'Central African Republic', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros',
  'Congo, Democratic Republic of the', 'Congo, Republic of the', 'Costa Rica', "Cote d'Ivoire", 'Croatia',
  'Cuba', 'Cyprus', 'Czech Republic', 'Denmark', 'Djibouti', 'Dominican Republic', 'Ecuador', 'Egypt',
  'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon',
  'The Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana',
  'Haiti', 'Honduras', 'Hong Kong', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland',
  'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Korea, North',
  'Korea, South', 'Kuwait', 'Kyrgyz Republic', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya',
  'Lithuania', 'Luxembourg', 'Macau', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Mongolia', 'Montenegro',
  'Morocco', 'Mozambique', 'Namibia', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria',
  'Norway', 'Oman', 'Pakistan', 'Palau', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines',
  'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saudi Arabia', 'Senegal', 'Serbia',
  'Seychelles', 'Sierra Leone', 'Singapore', 'Slovak Republic', 'Slovenia', 'Solomon Islands', 'Somalia',
  'South Africa', 'Spain', 'Sri Lanka', 'St. Lucia', 'St. Vincent and the Grenadines', 'Sudan', 'Suriname',
  'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Togo',
  'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Turkmenistan', 'Uganda', 'Ukraine',
  'United Arab Emirates', 'United Kingdom', 'Uruguay', 'Uzbekistan', 'Venezuela', 'Vietnam',
  'Yemen', 'Zambia', 'Zimbabwe',
] as const;

/** Countries renamed during the series, with the last report year of the former name. */
const RENAMED: readonly ArchiveCountry[] = [
  { name: 'Eswatini', formerly: { name: 'Swaziland', until: 2018 } },
  { name: 'North Macedonia', formerly: { name: 'Macedonia', until: 2018 } },
  { name: 'Cabo Verde', formerly: { name: 'Cape Verde', until: 2013 } },
];

/** Countries the reports cover only from a later year: each joins the year its coverage count grows. */
const LATE: readonly ArchiveCountry[] = [
  { name: 'Kosovo', from: 2008 },
  { name: 'United States of America', from: 2010 },
  { name: 'Curacao', from: 2011 },
  { name: 'Sint Maarten', from: 2011 },
  { name: 'South Sudan', from: 2012 },
];

/** Countries the report does not rank from 2017: their tier line reads `LIBYA: SPECIAL CASE`. */
export const SPECIAL_CASES: ReadonlySet<string> = new Set(['Libya', 'Somalia', 'Yemen']);

/** The first annual report year, and the last the archive holds. */
export const FIRST_YEAR = 2001;
export const LAST_YEAR = 2024;

/**
 * How many countries each annual report covers (research notes: 89 in 2002, 170 in 2008, 175 in 2009, 177 in
 * 2010, 188 in 2013–2015, 187 in 2017–2019, 188 in 2022–2023; the other years from the published reports).
 */
export const COVERED: Readonly<Record<number, number>> = {
  2001: 82,
  2002: 89,
  2003: 116,
  2004: 140,
  2005: 150,
  2006: 158,
  2007: 164,
  2008: 170,
  2009: 175,
  2010: 177,
  2011: 184,
  2012: 185,
  2013: 188,
  2014: 188,
  2015: 188,
  2016: 188,
  2017: 187,
  2018: 187,
  2019: 187,
  2020: 188,
  2021: 188,
  2022: 188,
  2023: 188,
  2024: 188,
};

/**
 * Interim assessments by publication year and how many countries each covers (research notes).
 */
export const INTERIM: Readonly<Record<number, number>> = {
  2006: 37,
  2008: 41,
  2009: 45,
  2010: 55,
  2011: 61,
  2012: 44,
  2013: 46,
  2014: 45,
  2016: 46,
  2018: 47,
  2019: 48,
  2020: 38,
  2021: 46,
  2022: 45,
  2023: 37,
  2024: 28,
};

/** Countries that every report covers from the first year, so the archive always holds these. */
const ALWAYS = ['China', 'Burma', 'Qatar', 'Albania', 'Haiti', 'Honduras', 'Libya', 'Somalia', 'Yemen'];

/**
 * Every country in coverage order: a report of year Y covers the first COVERED[Y] of them. Countries that
 * joined late sit where the count grows in their first year; the rest follow a fixed order from `order`.
 */
export function coverageOrder(order: (names: readonly string[]) => string[]): ArchiveCountry[] {
  const renamed = new Map(RENAMED.map((c) => [c.name, c]));
  const rest = order([...NAMES, ...RENAMED.map((c) => c.name)].filter((n) => !ALWAYS.includes(n))).map(
    (name) => renamed.get(name) ?? { name },
  );
  const list: ArchiveCountry[] = [...ALWAYS.map((name) => ({ name })), ...rest];
  for (const late of LATE) list.splice(COVERED[(late.from ?? FIRST_YEAR) - 1] ?? 0, 0, late);
  if (list.length !== 188) throw new Error(`expected 188 countries, have ${list.length}`);
  return list;
}
