import { readFileSync } from 'node:fs';
import { SHIPPED_REDIRECTS } from '../../redirects.ts';
import { RedirectsSchema, type Redirects } from './schema.ts';

/**
 * A list checked against the schema.
 * @throws Error naming the source and the first entry that is not as expected, in one line
 */
function validated(data: unknown, source: string): Redirects {
  const result = RedirectsSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the list';
  throw new Error(`${source}: ${where}: ${issue?.message ?? 'expected a redirect list'}`, {
    cause: result.error,
  });
}

/**
 * The redirects in force: the shipped list in src/redirects.ts, validated, plus entries from the JSON file
 * named by `TIP_REDIRECTS`, which lets a test build a fixture with renames of its own without touching it.
 * @throws Error naming the file and the entry when one is not as the schema says
 */
export function loadRedirects(file: string | undefined = process.env['TIP_REDIRECTS']): Redirects {
  const shipped = validated(SHIPPED_REDIRECTS, 'src/redirects.ts');
  if (!file) return shipped;
  const extra = validated(JSON.parse(readFileSync(file, 'utf8')), file);
  return { pages: [...shipped.pages, ...extra.pages], findings: [...shipped.findings, ...extra.findings] };
}

/** The redirects of this build. */
export const REDIRECTS: Redirects = loadRedirects();
