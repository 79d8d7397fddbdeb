// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import cards from './src/integrations/cards/index.ts';
import cspFirst from './src/integrations/csp/index.ts';
import hosting from './src/integrations/hosting/index.ts';
import keepDist from './src/integrations/keep-dist/index.ts';
import pagefind from './src/integrations/pagefind/index.ts';
import seeds from './src/integrations/seeds/index.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/publish/hosting/headers.ts';
import { astroRedirects } from './src/publish/redirects/index.ts';
import { siteRedirects } from './src/redirects.ts';
import { PATHS, SITE } from './src/site.config.ts';
import { GENERATED_DIRS } from './src/generated-content.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Lossless whitespace removal: the spaces between sentences and words are the text's own.
  compressHTML: true,
  outDir: PATHS.outDir,
  cacheDir: PATHS.cacheDir,
  build: { format: 'directory' },
  experimental: {
    // The content store in files of at most 20 MiB: one string for the whole series passes V8's limit.
    collectionStorage: 'chunked',
    // A page whose cacheKey (src/data/page-key.ts) and code are unchanged is copied from the last build.
    incrementalBuild: true,
  },
  // Addresses that changed keep working: see src/redirects.ts and contract/.
  redirects: astroRedirects(siteRedirects()),
  security: {
    // Every page gets a <meta> CSP: Astro hashes the scripts and styles it emits; nothing inline runs unhashed.
    // The directives come from src/publish/hosting/headers.ts, which the host configurations are made from too.
    // src/middleware.ts then moves each <meta> to the top of <head> and keeps only the hashes of that page.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
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
    build: {
      // dist/ is kept between builds: a page whose cacheKey is unchanged stays in place, and keepDist()
      // removes what a build did not write.
      emptyOutDir: false,
      rolldownOptions: { checks: { moduleLevelDirective: false } },
      // CSS for the browsers of Vite's "baseline widely available" (Safari 16.4, Chrome 111, Firefox 114):
      // Lightning CSS lowers what they lack, such as the palette's light-dark() (global.css).
      cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'],
    },
  },
  integrations: [
    seeds({
      seedsDir: PATHS.seeds,
      generatedDir: PATHS.generated,
      // Each seed's model and generated files by digest: a rebuild reads only the seeds that changed.
      cacheDir: `${PATHS.cacheDir}/seeds`,
      // Each paragraph's section and rule go to a file beside the output; TIP_BUILD_REPORT=1 prints them too.
      reportFile: PATHS.reportFile,
      echo: process.env['TIP_BUILD_REPORT'] === '1',
    }),
    mdx(),
    // After the build: each page's policy first in <head>, with only its own hashes, for any page that
    // src/middleware.ts (which does it as each page is rendered, so cached pages are as published) did not.
    cspFirst(),
    // After the build: _headers, _redirects, nginx.conf and a Caddyfile from src/publish/hosting/headers.ts.
    hosting({ hostingDir: PATHS.hostingDir }),
    // One social card per document, drawn beside the build in a worker, remade only when its source or the template changes.
    cards({
      cacheDir: `${PATHS.cacheDir}/cards`,
      siteName: SITE.name,
      documentsDir: `${PATHS.generated}/${GENERATED_DIRS.documents.dir}`,
    }),
    // After the build: index the section pages and write the search bundle to /pagefind/.
    pagefind({ seedsDir: PATHS.seeds }),
    // Pages only: a redirected old address is no page of its own.
    sitemap({ filter: (url) => !siteRedirects().pages.some((r) => new URL(url).pathname === r.from) }),
    // Last: removes from the kept dist/ every file this build did not write or keep.
    keepDist(PATHS.cacheDir),
  ],
});
