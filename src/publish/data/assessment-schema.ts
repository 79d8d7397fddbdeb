import { z } from 'zod';
import { AssessmentSchema } from '../assessment-export.ts';

/**
 * The JSON Schema (draft 2020-12) of `/<doc>/assessment.json`, generated from the zod schema the site
 * validates each file with, so the two are never written twice. Refinements across fields (a mention's
 * offsets, unique ids) are checks of the build and have no JSON Schema form; they are left out.
 */
export function assessmentJsonSchema(id: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(AssessmentSchema, { io: 'output', unrepresentable: 'any' }),
    $id: id,
    title: 'assessment.json',
    description:
      'One document of the archive: its metadata, country, stated tier and paragraphs with their findings, and every section’s findings with their permanent URLs.',
  };
}
