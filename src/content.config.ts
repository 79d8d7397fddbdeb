import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SECTION_COMPONENTS } from './components/finding/finding-html.ts';
import { renderedMdx } from './integrations/seeds/rendered-mdx-loader.ts';
import { SectionFrontmatterSchema, GENERATED_DIRS } from './generated-content.ts';
import { DocumentSchema } from './model/refworld/schema.ts';
import { PATHS } from './site.config.ts';

const folder = (name: keyof typeof GENERATED_DIRS): string =>
  `${PATHS.generated}/${GENERATED_DIRS[name].dir}`;

/**
 * The document model of each seed, as parsed and validated by src/model/refworld: the one copy of every
 * finding the store keeps as data. The full text, the findings table and the timeline are rendered from it.
 */
const documents = defineCollection({
  loader: glob({ pattern: GENERATED_DIRS.documents.pattern, base: folder('documents'), retainBody: false }),
  schema: DocumentSchema,
});

/**
 * One MDX page per section of each document, rendered to HTML at content sync (no module per entry): the
 * store keeps its frontmatter and its HTML, not its MDX.
 */
const sections = defineCollection({
  loader: renderedMdx({
    base: folder('sections'),
    pattern: GENERATED_DIRS.sections.pattern,
    components: SECTION_COMPONENTS,
  }),
  schema: SectionFrontmatterSchema,
});

export const collections = { documents, sections };
