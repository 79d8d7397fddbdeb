// Made-up sentences in the vocabulary of the reports: victims, forced labor, prosecutions, shelters,
// repatriation, cities and dates. Each is assembled from parts picked by a seeded stream, so documents differ
// and two runs give the same text. None of it is text of a real report.
import type { Random } from './random.ts';

/** What a sentence is about: the part of a narrative it belongs to. */
export type Topic = 'profile' | 'prosecution' | 'protection' | 'prevention' | 'progress';

/** The places and time a document's sentences speak of. */
export interface Setting {
  country: string;
  /** Cities of the country (or generic places where none are known). */
  cities: readonly string[];
  /** Other countries victims come from or go to. */
  neighbours: readonly string[];
  /** The year the reporting period ends in. */
  year: number;
  /** Sentences the document already has, so that it repeats none (the reports rarely do). */
  used: Set<string>;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
] as const; // prettier-ignore

const SECTORS = [
  'agriculture', 'construction', 'fishing', 'domestic work', 'mining', 'brick kilns', 'garment factories',
  'street vending', 'begging', 'logging', 'cattle herding', 'hospitality', 'palm oil plantations',
  'textile mills', 'cocoa farms', 'seafood processing', 'carpet weaving', 'manufacturing',
] as const; // prettier-ignore

const PEOPLE = [
  'women and girls', 'men and boys', 'children', 'migrant workers', 'foreign women', 'domestic workers',
  'refugees', 'internally displaced persons', 'unaccompanied minors', 'young women', 'rural families',
  'ethnic minorities', 'asylum-seekers', 'street children', 'seasonal laborers',
] as const; // prettier-ignore

const ACTORS = [
  'the national police', 'the anti-trafficking unit', 'prosecutors', 'labor inspectors', 'border guards',
  'the ministry of justice', 'the ministry of labor', 'provincial authorities', 'municipal officials',
  'the interagency committee', 'immigration officers', 'the specialized court', 'the attorney general',
  'the social welfare ministry', 'local officials',
] as const; // prettier-ignore

const PARTNERS = [
  'with support from an international organization', 'in cooperation with NGOs', 'with foreign donor funding',
  'in partnership with civil society', 'with assistance from a UN agency', 'through a pilot program',
  'with limited resources', 'for the first time', 'during the reporting period', 'according to NGOs',
  'according to media reports', 'in several provinces', 'despite budget constraints', 'as in previous years',
] as const; // prettier-ignore

const number = (random: Random, min: number, max: number): string =>
  random.int(min, max).toLocaleString('en-US');

/** Builders of one sentence each, by topic. */
const BUILDERS: Readonly<Record<Topic, readonly ((r: Random, s: Setting) => string)[]>> = {
  profile: [
    (r, s) =>
      `${s.country} is a ${r.pick(['source', 'source and transit', 'source, transit, and destination', 'destination'])} country for ${r.pick(PEOPLE)} subjected to forced labor and sex trafficking.`,
    (r, s) =>
      `Traffickers exploit ${r.pick(PEOPLE)} from ${r.pick(s.cities)} in commercial sex in ${r.pick(s.cities)} and in ${r.pick(s.neighbours)}.`,
    (r, s) =>
      `${cap(r.pick(PEOPLE))} are subjected to forced labor in ${r.pick(SECTORS)} and ${r.pick(SECTORS)} near ${r.pick(s.cities)}.`,
    (r, s) =>
      `Recruitment agencies charge ${r.pick(PEOPLE)} excessive fees and confiscate their passports before sending them to ${r.pick(s.neighbours)}.`,
    (r, s) =>
      `NGOs reported that ${number(r, 20, 4000)} ${r.pick(PEOPLE)} from ${r.pick(s.neighbours)} were exploited in ${r.pick(SECTORS)} in ${s.year - 1}.`,
    (r, s) =>
      `Some officials in ${r.pick(s.cities)} reportedly accepted bribes to allow traffickers to move victims across the border with ${r.pick(s.neighbours)}.`,
    (r) =>
      `Criminal groups lure ${r.pick(PEOPLE)} with false promises of jobs in ${r.pick(SECTORS)} and then hold them through debt bondage.`,
    (r, s) =>
      `Children from ${r.pick(s.cities)} are forced to beg or to work in ${r.pick(SECTORS)}, and some are sold into forced marriage.`,
    (r, s) =>
      `Observers noted an increase in online recruitment of ${r.pick(PEOPLE)} since ${MONTHS[r.int(0, 11)]} ${s.year - r.int(1, 3)}.`,
  ],
  prosecution: [
    (r, s) =>
      `In ${s.year - 1}, ${r.pick(ACTORS)} investigated ${number(r, 3, 600)} trafficking cases, prosecuted ${number(r, 1, 300)} suspects, and convicted ${number(r, 0, 150)} traffickers, compared with ${number(r, 2, 500)} investigations the previous year.`,
    (r, s) =>
      `Courts in ${r.pick(s.cities)} sentenced ${number(r, 2, 40)} traffickers to prison terms ranging from ${r.int(1, 5)} to ${r.int(6, 25)} years.`,
    (r) =>
      `The anti-trafficking law criminalized sex trafficking and labor trafficking and prescribed penalties of ${r.int(2, 5)} to ${r.int(8, 20)} years' imprisonment.`,
    (r) =>
      `${cap(r.pick(ACTORS))} opened ${number(r, 2, 90)} investigations into forced labor in ${r.pick(SECTORS)} ${r.pick(PARTNERS)}.`,
    (r, s) =>
      `In ${MONTHS[r.int(0, 11)]} ${s.year - 1}, police in ${r.pick(s.cities)} arrested ${number(r, 2, 30)} members of a network that exploited ${r.pick(PEOPLE)} in ${r.pick(SECTORS)}.`,
    (r) =>
      `The government did not report any investigations, prosecutions, or convictions of officials complicit in trafficking crimes ${r.pick(PARTNERS)}.`,
    (r) =>
      `${cap(r.pick(ACTORS))} trained ${number(r, 20, 2500)} judges, prosecutors, and police officers on the anti-trafficking law ${r.pick(PARTNERS)}.`,
    (r, s) =>
      `Authorities extradited ${number(r, 1, 12)} suspected traffickers to ${r.pick(s.neighbours)} and cooperated on ${number(r, 1, 20)} joint investigations.`,
    (r) =>
      `Judges continued to issue suspended sentences or fines to convicted traffickers, which weakened deterrence ${r.pick(PARTNERS)}.`,
    (r, s) =>
      `A prosecutor in ${r.pick(s.cities)} charged a labor recruiter with trafficking after ${number(r, 5, 80)} workers reported unpaid wages and confiscated passports.`,
  ],
  protection: [
    (r) =>
      `${cap(r.pick(ACTORS))} identified ${number(r, 5, 3000)} trafficking victims and referred ${number(r, 2, 900)} of them to shelters ${r.pick(PARTNERS)}.`,
    (r, s) =>
      `Government-funded shelters in ${r.pick(s.cities)} provided ${r.pick(['medical care', 'legal aid', 'psychological counseling', 'vocational training', 'temporary housing'])} to ${r.pick(PEOPLE)} ${r.pick(PARTNERS)}.`,
    (r, s) =>
      `Authorities repatriated ${number(r, 3, 700)} victims from ${r.pick(s.neighbours)} and ${r.pick(s.neighbours)} ${r.pick(PARTNERS)}.`,
    (r, s) =>
      `The ministry allocated the equivalent of $${number(r, 10, 900)},000 to NGOs that operated shelters for ${r.pick(PEOPLE)} in ${s.year - 1}.`,
    (r) =>
      `Victims were sometimes detained, fined, or deported for immigration violations committed as a direct result of being trafficked ${r.pick(PARTNERS)}.`,
    (r) =>
      `The government did not have standard procedures to identify victims among ${r.pick(PEOPLE)} or to refer them to care ${r.pick(PARTNERS)}.`,
    (r, s) =>
      `Foreign victims could apply for temporary residency of up to ${r.int(3, 12)} months, but only ${number(r, 0, 40)} received permits in ${s.year - 1}.`,
    (r, s) =>
      `NGOs in ${r.pick(s.cities)} reported that shelters lacked space for male victims and that ${r.pick(PEOPLE)} often had to stay in police stations.`,
    (r) =>
      `Victims who testified against traffickers received ${r.pick(['witness protection', 'free legal representation', 'a daily allowance', 'no restitution'])} ${r.pick(PARTNERS)}.`,
  ],
  prevention: [
    (r, s) =>
      `The national anti-trafficking committee met ${r.int(1, 12)} times in ${s.year - 1} and ${r.pick(['adopted', 'drafted', 'began implementing', 'did not fund'])} a national action plan.`,
    (r, s) =>
      `${cap(r.pick(ACTORS))} conducted awareness campaigns in ${r.pick(s.cities)} and ${r.pick(s.cities)} ${r.pick(PARTNERS)}.`,
    (r) =>
      `A hotline received ${number(r, 30, 9000)} calls, ${number(r, 2, 200)} of which concerned possible trafficking cases.`,
    (r) =>
      `Labor inspectors carried out ${number(r, 50, 12000)} inspections in ${r.pick(SECTORS)} but lacked authority to enter private homes where domestic workers live.`,
    (r) =>
      `The government did not make efforts to reduce the demand for commercial sex acts ${r.pick(PARTNERS)}.`,
    (r, s) =>
      `In ${MONTHS[r.int(0, 11)]} ${s.year - 1}, the government signed a memorandum of understanding with ${r.pick(s.neighbours)} on the recruitment of migrant workers.`,
    (r) => `Diplomats received anti-trafficking training before their deployment abroad ${r.pick(PARTNERS)}.`,
    (r) =>
      `${cap(r.pick(ACTORS))} licensed ${number(r, 5, 400)} recruitment agencies and revoked the licenses of ${number(r, 0, 40)} for fraudulent practices.`,
  ],
  progress: [
    (r, s) =>
      `The government of ${s.country} made ${r.pick(['limited', 'some', 'significant', 'uneven'])} progress in addressing the deficiencies identified in the ${s.year - 1} report.`,
    (r) =>
      `Since ${MONTHS[r.int(0, 11)]}, ${r.pick(ACTORS)} reported ${number(r, 2, 80)} new investigations and ${number(r, 0, 30)} convictions ${r.pick(PARTNERS)}.`,
    (r, s) => `${cap(r.pick(ACTORS))} opened a new shelter in ${r.pick(s.cities)} for ${r.pick(PEOPLE)}.`,
    (r) =>
      `The government has not yet adopted the draft amendments that would criminalize all forms of trafficking ${r.pick(PARTNERS)}.`,
  ],
};

/** The recommendation items of the reports, as lower-case clauses. */
const RECOMMENDATIONS = [
  'increase efforts to investigate, prosecute, and convict traffickers, including complicit officials',
  'train labor inspectors to identify indicators of forced labor among {people}',
  'fund shelters and specialized services for {people}',
  'adopt and implement a national action plan with a dedicated budget',
  'amend the anti-trafficking law to remove the requirement of force, fraud, or coercion for child sex trafficking',
  'ensure victims are not punished for unlawful acts traffickers compelled them to commit',
  'establish formal procedures to identify victims among {people} and refer them to care',
  'regulate recruitment agencies and eliminate recruitment fees charged to workers',
  'increase cooperation with {neighbour} on investigations and the repatriation of victims',
  'collect and publish data on investigations, prosecutions, convictions, and victims identified',
  'provide legal alternatives to the removal of foreign victims to countries where they face hardship',
  'expand awareness campaigns in {city} and other high-risk areas',
  'impose sentences on convicted traffickers that include significant prison terms',
  'train police, prosecutors, and judges on a victim-centered approach',
];

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One sentence about `topic`, set in `setting`. */
export function sentence(topic: Topic, random: Random, setting: Setting): string {
  let text = random.pick(BUILDERS[topic])(random, setting);
  for (let tries = 0; setting.used.has(text) && tries < 8; tries += 1)
    text = random.pick(BUILDERS[topic])(random, setting);
  setting.used.add(text);
  return text;
}

/** `count` distinct recommendation clauses (lower case, no final punctuation), set in `setting`. */
export function recommendations(count: number, random: Random, setting: Setting): string[] {
  const items: string[] = [];
  const pool = [...RECOMMENDATIONS];
  while (items.length < count) {
    const template = pool.length > 0 ? pool.splice(random.int(0, pool.length - 1), 1)[0] : undefined;
    const text = (template ?? `further ${random.pick(RECOMMENDATIONS)}`)
      .replace('{people}', random.pick(PEOPLE))
      .replace('{neighbour}', random.pick(setting.neighbours))
      .replace('{city}', random.pick(setting.cities));
    items.push(text);
  }
  return items;
}

/** A date as the reports and Refworld write it: `14 June 2010`. */
export function dayMonthYear(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/** Upper-cases the first letter. */
export { cap };
