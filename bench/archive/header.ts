// The Refworld header and page chrome of an export, as the real seed and the research notes show them per era.
import { dayMonthYear } from './prose.ts';
import type { Random } from './random.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DISCLAIMER =
  'DisclaimerThis is not a UNHCR publication. UNHCR is not responsible for, nor does it necessarily endorse, its content. Any views expressed are solely those of the author or publisher and do not necessarily reflect those of UNHCR, the United Nations or its Member States.';

/** What a header states. */
export interface HeaderFacts {
  title: string;
  published: Date;
  /** 2001–2004: the `Author …` line. */
  author: boolean;
  /** A re-export that puts a Refworld address after "available at:". */
  url: boolean;
  /** An older copy with the Disclaimer at the end of the page instead of in the header. */
  disclaimerAtEnd: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The header lines, up to and including the Disclaimer when it is in the header. */
export function headerLines(facts: HeaderFacts, random: Random): string[] {
  const updated = new Date(facts.published.getTime() + random.int(30, 2500) * 86_400_000);
  const accessed = dayMonthYear(updated);
  const at = `${pad(random.int(8, 17))}:${pad(random.int(0, 59))}`;
  const published = dayMonthYear(facts.published);
  const address = facts.url
    ? `https://www.refworld.org/docid/${random.int(0x4a000000, 0x5fffffff).toString(16)}.html `
    : '';
  return [
    `Last Updated: ${WEEKDAYS[updated.getUTCDay()] ?? ''}, ${accessed}, ${at} GMT`,
    '',
    facts.title,
    '',
    'Publisher United States Department of State',
    ...(facts.author ? ['Author Office to Monitor and Combat Trafficking in Persons'] : []),
    `Publication Date ${published}`,
    `Cite as United States Department of State, ${facts.title}, ${published}, available at: ${address}[accessed ${accessed}]`,
    ...(facts.disclaimerAtEnd ? [] : [DISCLAIMER]),
  ];
}

/** The lines after the body: the Disclaimer where the page ends with it, then Refworld's search box. */
export function footerLines(facts: HeaderFacts): string[] {
  return [...(facts.disclaimerAtEnd ? ['', DISCLAIMER] : []), '', 'Search Refworld'];
}
