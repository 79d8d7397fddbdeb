/**
 * The contract between the seed generator (src/integrations/seeds) and the pages that render what it writes:
 * the frontmatter of each kind of generated MDX, as the schemas content.config.ts validates it with, and the
 * props of the elements the MDX contains. The generator types what it writes by these, so neither side can
 * change alone.
 */
import { z } from 'zod';
import type { SectionKey } from './model/refworld/rules/sections.ts';
import { SectionKeySchema } from './model/refworld/schema.ts';

const findingIds = z.array(z.string()).min(1);

/** `sections/<doc>/<section>.mdx`: one section page. */
export const SectionFrontmatterSchema = z.object({
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
});

/**
 * Where the generator writes each collection inside the generated folder, and the glob its loader reads.
 * The documents' models are JSON; the section pages are MDX with the frontmatter above.
 */
export const GENERATED_DIRS = {
  documents: { dir: 'documents', pattern: '*.json' },
  sections: { dir: 'sections', pattern: '*/*.mdx' },
} as const;

/** The path of one document's generated file of a collection, inside the generated folder. */
export function generatedPath(
  collection: keyof typeof GENERATED_DIRS,
  slug: string,
  section?: SectionKey,
): string {
  const { dir, pattern } = GENERATED_DIRS[collection];
  const ext = pattern.slice(pattern.lastIndexOf('.'));
  return section === undefined ? `${dir}/${slug}${ext}` : `${dir}/${slug}/${section}${ext}`;
}

export type SectionFrontmatter = z.infer<typeof SectionFrontmatterSchema>;

/** `<Finding id doc section>sentence</Finding>`: one sentence, and where its permanent address is. */
export interface FindingElementProps {
  id: string;
  /** Slug of the finding's document. */
  doc: string;
  /** The section whose page is the finding's permanent home. */
  section: SectionKey;
}

/** `<Paragraph index section>`; on the full text also the section's label and page, to link there. */
export interface ParagraphElementProps {
  index: string;
  section: SectionKey;
  /** `"true"` when the paragraph is a list (its findings are the items of a Markdown list). */
  list?: string;
  sectionLabel?: string;
  href?: string;
}
