import { z } from 'zod';

/** What every mention has: where it is in its finding's text. The text itself is never altered. */
const span = {
  /** The mentioned words exactly as the finding writes them: `finding.text.slice(start, end)`. */
  text: z.string().min(1),
  /** Offset of the first character in the finding's text, in UTF-16 code units (as `String#slice` counts). */
  start: z.number().int().nonnegative(),
  /** Offset just past the last character. */
  end: z.number().int().positive(),
};

/** A country or territory, by name, alias, demonym or plural ("Costa Rican", "North Koreans", "Burmese"). */
export const CountryMentionSchema = z.object({
  /** Which kind of mention. */
  kind: z.literal('country'),
  ...span,
  /** ISO 3166-1 alpha-2 code, `MM`. */
  code: z.string().regex(/^[A-Z]{2}$/),
  /** The dataset's common English name, `Myanmar`, as the archive names the country. */
  name: z.string().min(1),
  /** The country's URL segment under `/countries/`. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** How the words were recognised: a name of the country, or a demonym (or its plural). */
  via: z.enum(['name', 'demonym']),
});

/** A place below the country: a province, region or city. */
export const PlaceMentionSchema = z.object({
  /** Which kind of mention. */
  kind: z.literal('place'),
  ...span,
  /** The place's name without the noun that marked it, `Guizhou` for "Guizhou province". */
  name: z.string().min(1),
  /** The rule that found it: a capitalised name before a place noun, or a city of the gazetteer. */
  rule: z.enum(['place-noun', 'gazetteer']),
  /** ISO 3166-1 alpha-2 code of the country the gazetteer places it in (gazetteer rule only). */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

/** A date, a month, a year or a span, normalised to ISO 8601 with its precision kept. */
export const DateMentionSchema = z.object({
  /** Which kind of mention. */
  kind: z.literal('date'),
  ...span,
  /** The finest unit the text gives (of the start, for a span). */
  precision: z.enum(['day', 'month', 'year']),
  /** Whether the words name a span (`between May and November`, `since the 2009 Report`). */
  span: z.boolean(),
  /**
   * ISO 8601 date at that precision (`2009`, `2009-04`, `2009-04-15`) or interval (`2009-05/2009-11`);
   * absent when the text does not fix the year ("in March", "the previous year"): it is never guessed.
   */
  iso: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/)
    .optional(),
  /** Set when part of `iso` comes from the document's publication date ("since …", "last year"). */
  relativeTo: z.literal('publication-date').optional(),
});

/** An international instrument: a convention, protocol or agreement named in the text. */
export const InstrumentMentionSchema = z.object({
  /** Which kind of mention. */
  kind: z.literal('instrument'),
  ...span,
  /** The instrument's key in src/model/mentions/rules/instruments.ts, `un-tip-protocol`. */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Its short English name, `UN TIP Protocol`. */
  name: z.string().min(1),
});

/** One thing a finding mentions, located by offsets in the finding's text. */
export const MentionSchema = z
  .discriminatedUnion('kind', [
    CountryMentionSchema,
    PlaceMentionSchema,
    DateMentionSchema,
    InstrumentMentionSchema,
  ])
  .refine((m) => m.end - m.start === m.text.length, {
    message: 'a mention spans exactly its text',
    path: ['end'],
  });

export type Mention = z.infer<typeof MentionSchema>;
export type CountryMention = z.infer<typeof CountryMentionSchema>;
export type PlaceMention = z.infer<typeof PlaceMentionSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type InstrumentMention = z.infer<typeof InstrumentMentionSchema>;
export type MentionKind = Mention['kind'];

/** What extraction knows about the document a finding comes from. */
export interface MentionContext {
  /** The document's publication date, `2010-02-24`: the only date relative words are resolved against. */
  publicationDate: string;
  /** ISO 3166-1 alpha-2 code of the country the document is about, if known: its cities are looked up. */
  countryCode?: string | undefined;
}
