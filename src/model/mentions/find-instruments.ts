import { ILO_ALIAS_FORMS, ILO_CONVENTIONS, INSTRUMENTS } from './rules/instruments.ts';
import { phraseMatcher } from './phrase-matcher.ts';
import type { InstrumentMention } from './schema.ts';

interface Named {
  key: string;
  name: string;
}

/** Every wording of every instrument: the aliases of INSTRUMENTS and each ILO convention in each form. */
function instrumentPhrases(): Map<string, Named> {
  const phrases = new Map<string, Named>();
  for (const [key, rule] of Object.entries(INSTRUMENTS)) {
    for (const alias of [rule.name, ...rule.aliases]) phrases.set(alias, { key, name: rule.name });
  }
  for (const [n, title] of Object.entries(ILO_CONVENTIONS)) {
    const named = { key: `ilo-c${n}`, name: `ILO Convention ${n} (${title})` };
    for (const form of ILO_ALIAS_FORMS) phrases.set(form.replace('{n}', n), named);
    phrases.set(title, named);
  }
  return phrases;
}

let match: ((text: string) => { text: string; start: number; end: number; value: Named }[]) | undefined;

/** International instruments a text names, by any wording kept in src/model/mentions/rules/instruments.ts. */
export function findInstruments(text: string): InstrumentMention[] {
  match ??= phraseMatcher(instrumentPhrases());
  return match(text).map(({ text: words, start, end, value }) => ({
    kind: 'instrument' as const,
    text: words,
    start,
    end,
    ...value,
  }));
}
