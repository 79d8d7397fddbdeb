/**
 * The site's identity and its environment: its name, its public address and where its files live. The
 * model's rules (sections, the export format) live in src/model/refworld/rules/; the words the pages show
 * live in src/strings.ts.
 */

/** Where things live. Overridable by environment so tests can build fixtures side by side. */
export const PATHS = {
  /** Folder of Refworld `.txt` exports. */
  seeds: process.env['TIP_SEEDS_DIR'] ?? 'seeds',
  /** Git-ignored folder the integration writes MDX and JSON into. */
  generated: process.env['TIP_GENERATED_DIR'] ?? 'src/generated',
  /** Build output. */
  outDir: process.env['TIP_OUT_DIR'] ?? 'dist',
  /**
   * Server configurations made by the build (nginx, Caddy): beside the output, never in it, so no host
   * serves them. `dist/` → `hosting/`, `.output/x/dist` → `.output/x/hosting`.
   */
  hostingDir:
    process.env['TIP_HOSTING_DIR'] ??
    `${(process.env['TIP_OUT_DIR'] ?? 'dist').replace(/[^/]+\/?$/, '')}hosting`,
  /**
   * Which section each paragraph went to and by which rule, one line each: beside the output, never in it.
   * `dist/` → `build-report.txt`, `.output/x/dist` → `.output/x/build-report.txt`.
   */
  reportFile:
    process.env['TIP_REPORT_FILE'] ??
    `${(process.env['TIP_OUT_DIR'] ?? 'dist').replace(/[^/]+\/?$/, '')}build-report.txt`,
  /** Astro's cache (content data store). */
  cacheDir: process.env['TIP_CACHE_DIR'] ?? 'node_modules/.astro',
} as const;

/** Site identity and public address. */
export const SITE = {
  name: 'Trafficking in Persons Assessments',
  shortName: 'TIP Assessments',
  description:
    'Official trafficking in persons assessments, as published by the US Department of State and exported by UNHCR Refworld, set out by section and sentence.',
  /** Public URL the site is served from; every absolute URL follows it. */
  url: process.env['SITE_URL'] ?? 'https://tip-assessments.example.org',
  lang: 'en',
} as const;
