import { z } from 'zod';
import { SECTION_KEYS } from './rules/sections.ts';
import { SERIES_KEYS, TIER_LEVELS } from './rules/series.ts';
import { MentionSchema } from '../mentions/schema.ts';

/** One of the sections a document is divided into. */
export const SectionKeySchema = z.enum(SECTION_KEYS);

/** One of the configured report series (src/model/refworld/rules/series.ts). */
export const SeriesKeySchema = z.enum(SERIES_KEYS);

/** One sentence of the source: the unit that is searched, linked and cited. */
export const FindingSchema = z
  .object({
    /** Stable, readable id derived from the sentence's words; its link target. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** The sentence exactly as written in the source. */
    text: z.string().min(1),
    /** What the sentence mentions (countries, places, dates, instruments), located by offsets in `text`. */
    mentions: z.array(MentionSchema).default([]),
  })
  .refine((f) => f.mentions.every((m) => f.text.slice(m.start, m.end) === m.text), {
    message: "every mention's offsets point at its words in the finding's text",
    path: ['mentions'],
  });

/** Why a paragraph went to its section, so the build can say so. */
export const PlacementSchema = z.object({
  /** The rule that decided: an explicit heading line, position, keyword votes, or following the paragraph before. */
  rule: z.enum(['heading', 'opening', 'position', 'keywords', 'previous']),
  /** Human-readable detail, e.g. the heading line or the keyword scores. */
  detail: z.string(),
});

/** One body paragraph of the source, in its original order. */
export const ParagraphSchema = z
  .object({
    /** 1-based position among the body paragraphs. */
    index: z.number().int().positive(),
    /** 1-based line in the seed file where the paragraph starts. */
    line: z.number().int().positive(),
    /** The section this paragraph belongs to. */
    section: SectionKeySchema,
    /** How the section was chosen. */
    placement: PlacementSchema,
    /** The paragraph's sentences, in order. */
    findings: z.array(FindingSchema).min(1),
    /** The whitespace between consecutive findings as written (length = findings - 1). */
    separators: z.array(z.string()),
    /** Present when the paragraph is a list ("•" bullets, one a line): each finding is one item. */
    list: z.literal(true).optional(),
  })
  .refine((p) => p.separators.length === p.findings.length - 1, {
    message: 'a paragraph has one separator between each two findings',
    path: ['separators'],
  });

/** The metadata block of a Refworld export. */
export const MetadataSchema = z.object({
  /** URL segment from country, year and the series' suffix, e.g. `china-2010` or `china-2010-report`. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The full title line, e.g. `Trafficking in Persons Interim Assessment - China`. */
  title: z.string().min(1),
  /** The series the title belongs to. */
  series: SeriesKeySchema,
  /** The part of the title before the country, e.g. `Trafficking in Persons Interim Assessment`. */
  documentType: z.string().min(1),
  /** The part of the title after the last dash, e.g. `China`. */
  country: z.string().min(1),
  /** The `Publisher` line's text. */
  publisher: z.string().min(1),
  /** The `Author` line's text (2001–2004 exports), if present. */
  author: z.string().min(1).optional(),
  /** The year the title names (`2002` in "U.S. Department of State 2002 Trafficking in Persons Report - China"), if it names one. */
  titleYear: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  /** The `Publication Date` line: as written, and as an ISO date (YYYY-MM-DD). */
  publicationDate: z.object({
    /** As the export writes it, `24 February 2010`. */
    text: z.string().min(1),
    /** The same date, `2010-02-24`. */
    iso: z.iso.date(),
  }),
  /** The `Last Updated` line, if present: as written, and as an ISO date-time in UTC. */
  lastUpdated: z
    .object({
      /** As the export writes it, `Tuesday, 24 May 2016, 11:51 GMT`. */
      text: z.string().min(1),
      /** The same moment, `2016-05-24T11:51:00Z`. */
      iso: z.iso.datetime(),
    })
    .optional(),
  /** The `Cite as` text exactly as written, if present. */
  citeAs: z.string().optional(),
  /** The disclaimer's text, if present. */
  disclaimer: z.string().optional(),
  /** The bracketed editor's note before the body, brackets included, if present. */
  editorsNote: z.string().optional(),
  /** The seed file's name within `seeds/`. */
  sourceFile: z.string().min(1),
  /** SHA-256 of the seed file's bytes, so a reader can check provenance. */
  sourceSha256: z.string().regex(/^[a-f0-9]{64}$/),
});

/** The country a document is about, resolved against the ISO 3166 dataset. */
export const CountrySchema = z.object({
  /** The country as the title writes it, e.g. `Burma`. */
  written: z.string().min(1),
  /** The dataset's common English name (`Myanmar`), or the written name when the dataset does not know it. */
  name: z.string().min(1),
  /** The country's URL segment under `/countries/`, from `name`. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** ISO 3166-1 alpha-2 code; absent when the dataset does not know the country. */
  code: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /**
   * How the name was resolved: one of the dataset's own names, an alias kept as data, a territory declared
   * in rules/countries.ts (a former state the dataset no longer lists), or not at all.
   */
  resolvedBy: z.enum(['dataset', 'alias', 'declared', 'unknown']),
});

/** A sentence that states a placement ("Burma was downgraded to Tier 3"). */
export const TierStatementSchema = z.object({
  /** Id of the finding that states it. */
  finding: z.string().min(1),
  /** The section that finding is in. */
  section: SectionKeySchema,
  /** 1-based line of the seed where that finding's paragraph starts. */
  line: z.number().int().positive(),
});

/**
 * The placement a document states, and how: by the narrative's opening tier line ("BURMA: TIER 3", the
 * export's own line, not a finding), or, with no tier line, by a sentence that states it.
 */
export const TierSchema = z.discriminatedUnion('stated', [
  z.object({
    /** Stated by the export's opening tier line. */
    stated: z.literal('tier-line'),
    /** The placement, one of TIER_LEVELS ("Special Case" is not a tier). */
    level: z.enum(TIER_LEVELS),
    /** The tier line exactly as the export writes it. */
    text: z.string().min(1),
    /** 1-based line of the seed the tier line is on. */
    line: z.number().int().positive(),
    /** The sentences that state the same placement, each checked against the tier line. */
    evidence: z.array(TierStatementSchema),
  }),
  TierStatementSchema.extend({
    /** Stated by a sentence of the body (the export has no tier line). */
    stated: z.literal('sentence'),
    /** The placement the sentence states. */
    level: z.enum(TIER_LEVELS),
  }),
]);

/** A whole parsed document: metadata, country, stated tier and its body paragraphs in source order. */
export const DocumentSchema = z
  .object({
    /** Everything the export says about itself. */
    meta: MetadataSchema,
    /** The country the document is about. */
    country: CountrySchema,
    /** The tier placement the text states; absent when it states none (it is never inferred). */
    tier: TierSchema.optional(),
    /** Body paragraphs in the original order (indexes 1, 2, 3 …), each placed in one section. */
    paragraphs: z.array(ParagraphSchema).min(1),
  })
  .refine((d) => d.paragraphs.every((p, i) => p.index === i + 1), {
    message: 'paragraph indexes run 1, 2, 3 … in order',
    path: ['paragraphs'],
  })
  .refine(
    (d) => {
      const ids = d.paragraphs.flatMap((p) => p.findings.map((f) => f.id));
      return new Set(ids).size === ids.length;
    },
    { message: 'finding ids are unique within a document', path: ['paragraphs'] },
  );

export type Finding = z.infer<typeof FindingSchema>;
export type Placement = z.infer<typeof PlacementSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Metadata = z.infer<typeof MetadataSchema>;
export type SeriesKey = z.infer<typeof SeriesKeySchema>;
export type Country = z.infer<typeof CountrySchema>;
export type Tier = z.infer<typeof TierSchema>;
export type TierStatement = z.infer<typeof TierStatementSchema>;
export type Document = z.infer<typeof DocumentSchema>;
