import { readFileSync } from 'node:fs';
import { RedirectsSchema, type Redirects, type RedirectsInput } from './schema.ts';

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
 * The redirects in force: the shipped list (src/redirects.ts), validated, plus the entries of the JSON
 * `file` when one is named, which lets a test build a fixture with renames of its own without touching the
 * shipped list. Reads nothing until called; the site calls it once, in `siteRedirects()` (src/redirects.ts).
 * @throws Error naming the file and the entry when one is not as the schema says
 */
export function loadRedirects(shipped: RedirectsInput, file?: string): Redirects {
  const list = validated(shipped, 'src/redirects.ts');
  if (!file) return list;
  const extra = validated(JSON.parse(readFileSync(file, 'utf8')), file);
  return { pages: [...list.pages, ...extra.pages], findings: [...list.findings, ...extra.findings] };
}
