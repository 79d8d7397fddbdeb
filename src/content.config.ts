import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'zod';
import {
  FindingsTableFrontmatterSchema,
  FullTextFrontmatterSchema,
  SectionFrontmatterSchema,
  GENERATED_DIRS,
  TimelineFrontmatterSchema,
} from './lib/generated-content.ts';
import { DocumentSchema } from './lib/refworld/schema.ts';
import { PATHS } from './site.config.ts';

/** A collection the seed generator writes, read from its folder inside the generated folder. */
const generated = <S extends z.ZodType>(name: keyof typeof GENERATED_DIRS, schema: S) =>
  defineCollection({
    loader: glob({
      pattern: GENERATED_DIRS[name].pattern,
      base: `${PATHS.generated}/${GENERATED_DIRS[name].dir}`,
    }),
    schema,
  });

/** The document model of each seed, as parsed and validated by src/lib/refworld. */
const documents = generated('documents', DocumentSchema);
/** One MDX page per section of each document. */
const sections = generated('sections', SectionFrontmatterSchema);
/** The whole text of each document in source order. */
const fullText = generated('fullText', FullTextFrontmatterSchema);
/** Every finding of each document in one GFM table (`/<doc>/findings/`). */
const findingsTable = generated('findingsTable', FindingsTableFrontmatterSchema);
/** Each document's dated findings in chronological order (`/<doc>/timeline/`). */
const timeline = generated('timeline', TimelineFrontmatterSchema);

export const collections = { documents, sections, fullText, findingsTable, timeline };
