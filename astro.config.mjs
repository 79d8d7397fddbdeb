// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import seeds from './src/integrations/seeds/index.ts';
import { PATHS, SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Lossless whitespace removal: the spaces between sentences and words are the text's own.
  compressHTML: true,
  outDir: PATHS.outDir,
  cacheDir: PATHS.cacheDir,
  build: { format: 'directory' },
  markdown: {
    // The source is quoted verbatim: no smart quotes or dashes may be substituted.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  vite: {
    // Known Astro 7 false alarm for MDX content ("use astro:head-inject"), withastro/astro#18087.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
  integrations: [seeds({ seedsDir: PATHS.seeds, generatedDir: PATHS.generated }), mdx()],
});
