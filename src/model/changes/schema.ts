import { z } from 'zod';
import { SectionKeySchema } from '../refworld/schema.ts';

/** A finding as a comparison sees it: its words and where it lives. */
export const ComparedFindingSchema = z.object({
  /** The finding's id within its document. */
  id: z.string().min(1),
  /** The sentence as written. */
  text: z.string().min(1),
  /** The section it is in, which with the document gives its address. */
  section: SectionKeySchema,
});

/** One run of a word-level diff: text both sentences share, or text only the old or only the new one has. */
export const DiffPartSchema = z.object({
  /** `same` in both, `removed` only in the old sentence, `added` only in the new one. */
  kind: z.enum(['same', 'removed', 'added']),
  /** The run's text, spaces included as written. */
  text: z.string(),
});

/** A finding of the newer document written as one of the older, word for word. */
export const KeptSchema = z.object({
  /** The older document's finding. */
  old: ComparedFindingSchema,
  /** The newer document's finding, with the same text. */
  new: ComparedFindingSchema,
});

/** An older finding paired with a newer one by the similarity of their words. */
export const RewordedSchema = KeptSchema.extend({
  /** Similarity of the two word lists, 0–1 (Dice coefficient; see docs/archive.md). */
  similarity: z.number().min(0).max(1),
  /** Word-level diff from the old sentence to the new one. */
  diff: z.array(DiffPartSchema).min(1),
});

/** What changed between two documents about one country, finding by finding: each finding once. */
export const ComparisonSchema = z.object({
  /** Findings kept verbatim. */
  kept: z.array(KeptSchema),
  /** Findings reworded, with their diff. */
  reworded: z.array(RewordedSchema),
  /** Findings of the newer document with no counterpart. */
  added: z.array(ComparedFindingSchema),
  /** Findings of the older document with no counterpart. */
  dropped: z.array(ComparedFindingSchema),
});

export type ComparedFinding = z.infer<typeof ComparedFindingSchema>;
export type DiffPart = z.infer<typeof DiffPartSchema>;
export type Reworded = z.infer<typeof RewordedSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
