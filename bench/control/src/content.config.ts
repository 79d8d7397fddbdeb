// Every export as one Markdown entry, written by the bench into src/content/exports/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  exports: defineCollection({
    loader: glob({ pattern: '*.md', base: './src/content/exports' }),
    schema: z.object({
      /** The export's title line. */
      title: z.string(),
    }),
  }),
};
