import type { Loader } from 'astro/loaders';
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HtmlComponent } from '../../components/finding/finding-html.ts';
import { siteRedirects } from '../../redirects.ts';
import { renderMdx } from './render-mdx.ts';

/** Where a collection's generated MDX is and what renders it. */
export interface RenderedMdxOptions {
  /** The folder of the files, relative to the project root. */
  base: string;
  /** Which files, as a glob inside `base`. */
  pattern: string;
  /** The components of the MDX, as HTML functions (src/components/finding/finding-html.ts). */
  components: Record<string, HtmlComponent>;
}

/** The files whose code decides a rendered entry's HTML: a change to any renders every entry again. */
const RENDERERS = [
  'src/components/finding/finding-html.ts',
  'src/integrations/seeds/render-mdx.ts',
  // The names and words a finding's HTML is written with.
  'src/components/finding/finding-dom.ts',
  'src/strings.ts',
  // The addresses and old ids a finding's HTML names.
  'src/publish/paths.ts',
  'src/publish/urls.ts',
  'src/publish/redirects/resolve.ts',
];

/**
 * A content loader for generated MDX that renders each file to HTML at content sync and keeps only its
 * frontmatter (validated by the collection's schema) and `rendered.html` in the store: no Vite module per
 * entry, no body kept. An entry whose digest (its file, the renderers' code and the finding renames) is
 * unchanged since the last sync is not read again.
 */
export function renderedMdx(options: RenderedMdxOptions): Loader {
  return {
    name: 'rendered-mdx',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = path.resolve(config.root.pathname);
      const base = path.resolve(root, options.base);
      const sync = async (): Promise<void> => {
        const renderers = await Promise.all(RENDERERS.map((f) => readFile(path.join(root, f), 'utf8')));
        const version = generateDigest([...renderers, JSON.stringify(siteRedirects().findings)].join('\0'));
        const seen = new Set<string>();
        for await (const name of glob(options.pattern, { cwd: base })) {
          const file = path.join(base, name);
          const id = name
            .replace(/\.mdx$/, '')
            .split(path.sep)
            .join('/');
          seen.add(id);
          const source = await readFile(file, 'utf8');
          const digest = generateDigest(`${version}\0${source}`);
          if (store.get(id)?.digest === digest) continue;
          const filePath = path.relative(root, file);
          const { frontmatter, html } = renderMdx(source, options.components, filePath);
          const data = await parseData({ id, data: frontmatter, filePath });
          store.set({ id, data, digest, filePath, rendered: { html } });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      // `astro dev`: the generator rewrites the folder when a seed changes; sync again once it settles
      // (unchanged entries are skipped).
      let timer: ReturnType<typeof setTimeout> | undefined;
      watcher?.add(base);
      watcher?.on('all', (_event, file) => {
        if (!file.startsWith(base)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          sync().catch((error: unknown) => logger.error(`${options.base}: ${String(error)}`));
        }, 200);
      });
    },
  };
}
