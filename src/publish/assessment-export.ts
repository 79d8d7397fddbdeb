import { z } from 'zod';
import { MentionSchema } from '../model/mentions/schema.ts';
import { SECTION_TEXT } from '../strings.ts';
import { presentSections, sectionParagraphs } from '../model/refworld/queries.ts';
import { DocumentSchema, SectionKeySchema, type Document } from '../model/refworld/schema.ts';
import { absoluteUrl, assessmentPath, documentPath, findingPath } from './urls.ts';

/** A finding as the data file lists it under its section: the model's finding plus where it lives. */
const AssessmentFindingSchema = z.object({
  /** The finding's id, its fragment. */
  id: z.string(),
  /** The sentence exactly as written in the source. */
  text: z.string().min(1),
  /** What the sentence mentions, by offsets in `text` (as in the model's paragraphs). */
  mentions: z.array(MentionSchema),
  /** Its permanent address: the section page and the id. */
  url: z.url(),
  /** 1-based position of its paragraph among the body paragraphs. */
  paragraph: z.number().int().positive(),
});

/** A section as the data file lists it: its page and its findings in reading order. */
const AssessmentSectionSchema = z.object({
  /** Which section. */
  key: SectionKeySchema,
  /** Its label, as headings show it. */
  label: z.string(),
  /** The section page. */
  url: z.url(),
  /** The findings on that page, in order. */
  findings: z.array(AssessmentFindingSchema).min(1),
});

/**
 * `/<document>/assessment.json`: the document model exactly as the site reads it (`DocumentSchema`:
 * metadata and paragraphs with their findings), plus the addresses a reader needs to link to it.
 */
export const AssessmentSchema = DocumentSchema.extend({
  /** This file's own URL. */
  url: z.url(),
  /** The document's overview page. */
  overview: z.url(),
  /** The sections that have findings, in reading order, with their pages and findings' addresses. */
  sections: z.array(AssessmentSectionSchema).min(1),
});

export type Assessment = z.infer<typeof AssessmentSchema>;

/** The data file of one document, validated against the schema before it is written. */
export function toAssessment(doc: Document): Assessment {
  const { slug } = doc.meta;
  const sections = presentSections(doc).map((key) => ({
    key,
    label: SECTION_TEXT[key].label,
    url: absoluteUrl(documentPath(slug, key)),
    findings: sectionParagraphs(doc, key).flatMap((p) =>
      p.findings.map((f) => ({
        id: f.id,
        text: f.text,
        mentions: f.mentions,
        url: absoluteUrl(findingPath(slug, key, f.id)),
        paragraph: p.index,
      })),
    ),
  }));
  return AssessmentSchema.parse({
    url: absoluteUrl(assessmentPath(slug)),
    overview: absoluteUrl(documentPath(slug)),
    meta: doc.meta,
    country: doc.country,
    ...(doc.tier && { tier: doc.tier }),
    paragraphs: doc.paragraphs,
    sections,
  });
}
