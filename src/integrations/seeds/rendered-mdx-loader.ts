import type { Loader } from 'astro/loaders';
import { glob, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HtmlComponent } from '../../components/finding/finding-html.ts';
import { sectionHtmlFile, type SectionHtmlFile } from '../../data/section-html.ts';
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
  /** The folder of the rendered HTML, one file per document (src/data/section-html.ts), relative to the project root. */
  htmlDir: string;
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
 * A content loader for generated MDX that renders each file to HTML at content sync. The store keeps only
 * an entry's frontmatter (validated by the collection's schema) and its digest; the HTML goes to a file per
 * document in `htmlDir`, which the section page reads (src/data/section-html.ts): no Vite module per entry,
 * no body or HTML in the store, which Astro rewrites whole whenever an entry changes. The files are
 * `<document>/<section>.mdx`; a document whose entries' digests (each file, the renderers' code and the
 * finding renames) are unchanged since the last sync, and whose HTML file is there, is neither compiled nor
 * written again.
 */
export function renderedMdx(options: RenderedMdxOptions): Loader {
  return {
    name: 'rendered-mdx',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = path.resolve(config.root.pathname);
      const base = path.resolve(root, options.base);
      const htmlDir = path.resolve(root, options.htmlDir);
      const sync = async (): Promise<void> => {
        const renderers = await Promise.all(RENDERERS.map((f) => readFile(path.join(root, f), 'utf8')));
        const version = generateDigest([...renderers, JSON.stringify(siteRedirects().findings)].join('\0'));
        await mkdir(htmlDir, { recursive: true });
        const written = new Set(await readdir(htmlDir));
        const byDocument = new Map<string, string[]>();
        for await (const name of glob(options.pattern, { cwd: base })) {
          const id = name
            .replace(/\.mdx$/, '')
            .split(path.sep)
            .join('/');
          const document = id.slice(0, id.indexOf('/'));
          byDocument.set(document, [...(byDocument.get(document) ?? []), id]);
        }
        const seen = new Set<string>();
        for (const [document, ids] of byDocument) {
          const entries = await Promise.all(
            ids.sort().map(async (id) => {
              seen.add(id);
              const filePath = path.relative(root, path.join(base, `${id}.mdx`));
              const source = await readFile(path.join(root, filePath), 'utf8');
              return { id, filePath, source, digest: generateDigest(`${version}\0${source}`) };
            }),
          );
          const file = sectionHtmlFile(htmlDir, document);
          if (written.has(path.basename(file)) && entries.every((e) => store.get(e.id)?.digest === e.digest))
            continue;
          const sections: SectionHtmlFile = {};
          for (const { id, filePath, source, digest } of entries) {
            const { frontmatter, html } = renderMdx(source, options.components, filePath);
            // Copied through JSON: the YAML parser's strings are slices of the whole file, and the store,
            // which Astro keeps through the build, would keep every section's MDX alive with them.
            const data = await parseData({
              id,
              data: JSON.parse(JSON.stringify(frontmatter)) as Record<string, unknown>,
              filePath,
            });
            store.set({ id, data, digest, filePath });
            sections[id] = { digest, html };
          }
          // Whole or not at all: a page never reads a half-written file.
          await writeFile(`${file}.tmp`, JSON.stringify(sections));
          await rename(`${file}.tmp`, file);
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        for (const name of written)
          if (!byDocument.has(name.replace(/\.json$/, '')))
            await rm(path.join(htmlDir, name), { force: true });
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
