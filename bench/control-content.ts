// The same exports as plain Markdown for the control site in bench/control/: one page per export, its title
// and every paragraph in source order, read through the project's own model like the Starlight site's pages.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSeeds } from '../src/integrations/seeds/load-seeds.ts';
import { paragraphText } from '../src/model/refworld/queries.ts';
import { ROOT } from '../tooling/paths.ts';
import { page, paragraph } from './starlight-content.ts';

/** The control site's folder. */
export const CONTROL_DIR = path.join(ROOT, 'bench', 'control');
const EXPORTS_DIR = path.join(CONTROL_DIR, 'src', 'content', 'exports');

/** How the exports become the control site's pages, for RESULTS.md. */
export const CONTROL_MAPPING =
  'Per export one Markdown page `<slug>.md` (its title, then every paragraph in source order, serialized by ' +
  'remark-stringify), loaded by the content layer’s `glob()` and rendered by one `[slug].astro` page, plus an ' +
  'index listing them: Astro alone, no integration, no search.';

/**
 * Replaces the control site's content with the exports in `seedsDir`.
 * @returns how many pages were written
 */
export async function writeControlContent(seedsDir: string): Promise<number> {
  const seeds = await loadSeeds(seedsDir, ROOT);
  await rm(EXPORTS_DIR, { recursive: true, force: true });
  await mkdir(EXPORTS_DIR, { recursive: true });
  for (const { document } of seeds) {
    const body = document.paragraphs.map((p) => paragraph(paragraphText(p)));
    await writeFile(path.join(EXPORTS_DIR, `${document.meta.slug}.md`), page(document.meta.title, body));
  }
  return seeds.length;
}
