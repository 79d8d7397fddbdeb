// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind/index.ts';
import seeds from './src/integrations/seeds/index.ts';
import { astroRedirects, REDIRECTS } from './src/lib/redirects/index.ts';
import { PATHS, SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Lossless whitespace removal: the spaces between sentences and words are the text's own.
  compressHTML: true,
  outDir: PATHS.outDir,
  cacheDir: PATHS.cacheDir,
  build: { format: 'directory' },
  // Addresses that changed keep working: see src/redirects.ts and contract/.
  redirects: astroRedirects(),
  security: {
    // Every page gets a <meta> CSP: Astro hashes the scripts and styles it emits; nothing inline runs unhashed.
    // The same directives, plus those a <meta> cannot carry, are sent as headers by public/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        "form-action 'self'",
        // Pagefind runs its search in a worker it may start from a blob: URL.
        "worker-src 'self' blob:",
      ],
      // Pagefind's search is WebAssembly, compiled in the page: that needs 'wasm-unsafe-eval', nothing more.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: {
    // The source is quoted verbatim: no smart quotes or dashes may be substituted.
    processor: satteri({ features: { smartPunctuation: false } }),
    // No code in the sources, and Shiki's inline styles would break the CSP: no highlighting at all.
    syntaxHighlight: false,
  },
  vite: {
    // Known Astro 7 false alarm for MDX content ("use astro:head-inject"), withastro/astro#18087.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
  integrations: [
    seeds({ seedsDir: PATHS.seeds, generatedDir: PATHS.generated }),
    mdx(),
    // After the build: index the section pages and write the search bundle to /pagefind/.
    pagefind(),
    // Pages only: a redirected old address is no page of its own.
    sitemap({ filter: (url) => !REDIRECTS.pages.some((r) => new URL(url).pathname === r.from) }),
  ],
});
