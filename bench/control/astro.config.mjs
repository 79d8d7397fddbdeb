// A plain Astro-and-Markdown site: one Markdown page per export through the content layer's glob loader,
// no integrations. Built by `npm run bench:build -- --archive` as a control; its content is written by the bench.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env['BENCH_OUT_DIR'] ?? 'dist',
});
