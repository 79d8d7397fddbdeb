import { defineCollection } from 'astro:content';
import { SECTION_COMPONENTS } from './components/finding/finding-html.ts';
import { renderedMdx } from './integrations/seeds/rendered-mdx-loader.ts';
import { SectionFrontmatterSchema, GENERATED_DIRS } from './generated-content.ts';
import { SECTION_HTML_DIR } from './data/section-html.ts';
import { PATHS } from './site.config.ts';

const folder = (name: keyof typeof GENERATED_DIRS): string =>
  `${PATHS.generated}/${GENERATED_DIRS[name].dir}`;

/**
 * One MDX page per section of each document, rendered to HTML at content sync (no module per entry): the
 * store keeps its frontmatter, and its HTML is in a file per document (src/data/section-html.ts). The
 * documents' models are no collection: src/data/collections.ts reads them from the generated JSON.
 */
const sections = defineCollection({
  loader: renderedMdx({
    base: folder('sections'),
    pattern: GENERATED_DIRS.sections.pattern,
    components: SECTION_COMPONENTS,
    htmlDir: SECTION_HTML_DIR,
  }),
  // The whole frontmatter is validated; the store keeps the count of the page's findings, not their ids:
  // Astro rewrites the store whole when one entry changes, counting its bytes a character at a time.
  schema: SectionFrontmatterSchema.transform(({ findings, ...rest }) => ({
    ...rest,
    findingCount: findings.length,
  })),
});

export const collections = { sections };
