import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DocumentSchema, SectionKeySchema } from './lib/refworld/schema.ts';
import { PATHS } from './site.config.ts';

const findingIds = z.array(z.string()).min(1);

/** The document model of each seed, as parsed and validated by src/lib/refworld. */
const documents = defineCollection({
  loader: glob({ pattern: '*.json', base: `${PATHS.generated}/documents` }),
  schema: DocumentSchema,
});

/** One MDX page per section of each document. */
const sections = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${PATHS.generated}/sections` }),
  schema: z.object({
    /** Slug of the document this section belongs to. */
    document: z.string(),
    /** Which section this is. */
    section: SectionKeySchema,
    /** The section's label, its page's h1. */
    title: z.string(),
    /** 1-based position among the document's sections. */
    order: z.number().int().positive(),
    /** The section's first finding, used as the page description. */
    description: z.string(),
    /** Ids of the findings on the page, in order. */
    findings: findingIds,
  }),
});

/** The whole text of each document in source order. */
const fullText = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${PATHS.generated}/full-text` }),
  schema: z.object({
    /** Slug of the document. */
    document: z.string(),
    /** Page title. */
    title: z.string(),
    /** Ids of every finding, in order. */
    findings: findingIds,
  }),
});

/** Every finding of each document in one GFM table (`/<doc>/findings/`). */
const findingsTable = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${PATHS.generated}/findings` }),
  schema: z.object({
    /** Slug of the document. */
    document: z.string(),
    /** Page title. */
    title: z.string(),
    /** The table's caption. */
    caption: z.string(),
    /** How many findings, and so rows, the table has. */
    count: z.number().int().positive(),
  }),
});

/** Each document's dated findings in chronological order (`/<doc>/timeline/`). */
const timeline = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${PATHS.generated}/timeline` }),
  schema: z.object({
    /** Slug of the document. */
    document: z.string(),
    /** Page title. */
    title: z.string(),
    /** How many dated events the list has. */
    events: z.number().int().nonnegative(),
    /** How many findings have no resolved date and are left out. */
    undated: z.number().int().nonnegative(),
  }),
});

export const collections = { documents, sections, fullText, findingsTable, timeline };
