import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PATHS } from '../site.config.ts';

/**
 * The folder of the sections' rendered HTML (src/integrations/seeds/rendered-mdx-loader.ts), one file per
 * document, kept out of Astro's content store so that the store stays small.
 */
export const SECTION_HTML_DIR = `${PATHS.cacheDir}/section-html`;

/** One document's file: each of its sections' HTML with the digest of the entry it was rendered from, by entry id. */
export type SectionHtmlFile = Record<string, { digest: string; html: string }>;

/** The file of one document's sections, inside `dir`. */
export const sectionHtmlFile = (dir: string, document: string): string => path.join(dir, `${document}.json`);

/** The last file read: a document's section pages are rendered one after the other. */
let last: { file: string; sections: Promise<SectionHtmlFile> } | undefined;

function read(file: string): Promise<SectionHtmlFile> {
  const sections = readFile(file, 'utf8').then((json) => JSON.parse(json) as SectionHtmlFile);
  last = { file, sections };
  return sections;
}

/**
 * The HTML of a section entry, as the loader rendered it from the entry's MDX at content sync.
 * @throws Error naming the file when it lacks the entry at its digest (content sync did not run)
 */
export async function sectionHtml(entry: {
  id: string;
  digest?: string | number | undefined;
  data: { document: string };
}): Promise<string> {
  const file = sectionHtmlFile(path.resolve(SECTION_HTML_DIR), entry.data.document);
  const digest = String(entry.digest);
  let found = (await (last?.file === file ? last.sections : read(file)))[entry.id];
  // `astro dev` renders again after the loader rewrote the file.
  if (found?.digest !== digest) found = (await read(file))[entry.id];
  if (found?.digest !== digest)
    throw new Error(`${file}: expected the HTML of ${entry.id} at digest ${digest}; build again`);
  return found.html;
}
