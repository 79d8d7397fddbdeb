import { close, createIndex } from 'pagefind';

/** A Pagefind bundle held in memory: file contents by path inside the bundle (`pagefind.js`, `index/…`). */
export type Bundle = ReadonlyMap<string, Uint8Array>;

/**
 * Fetches each of `paths` from the server at `origin` and indexes its HTML with Pagefind's Node API, in
 * memory: the bundle `astro dev` serves at /pagefind/, built from the pages as the current seeds render.
 * @throws Error naming the page or Pagefind step that failed
 */
export async function indexServedPages(origin: string, paths: readonly string[]): Promise<Bundle> {
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind failed to start: ${errors.join('; ')}`);
    for (const path of paths) {
      const response = await fetch(new URL(path, origin));
      if (!response.ok) throw new Error(`${path}: expected a page, got HTTP ${response.status}`);
      const added = await index.addHTMLFile({ url: path, content: await response.text() });
      if (added.errors.length > 0)
        throw new Error(`Pagefind failed to index ${path}: ${added.errors.join('; ')}`);
    }
    const { files, errors: written } = await index.getFiles();
    if (written.length > 0) throw new Error(`Pagefind failed to write its bundle: ${written.join('; ')}`);
    return new Map(files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
  } finally {
    // The Node API runs Pagefind as a child process: stop it whatever happened.
    await close();
  }
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The Content-Type to serve a bundle file with. */
export function contentType(file: string): string {
  return TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
}
