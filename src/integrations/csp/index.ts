import type { AstroIntegration } from 'astro';
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { placePolicy } from './page-policy.ts';

/** Every `.html` file under `dir`, sorted so the log and any error are the same on every build. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * A page whose policy is already first: every page rendered with src/middleware.ts, and so every page the
 * incremental build restores from its cache. Astro writes the policy later in `<head>`.
 */
const PLACED = /<meta charset="utf-8"><meta http-equiv="content-security-policy"/i;

/** Bytes of a page read to tell whether its policy is placed: the doctype, `<html>` and the two metas. */
const HEAD_BYTES = 512;

/** Whether the page at `file` has its policy placed, read from its first bytes only (most pages have). */
async function isPlaced(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return PLACED.test(buffer.toString('utf8', 0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * After the build, for any page the middleware did not place the policy of (src/middleware.ts does it as
 * each page is rendered), moves each page's Content-Security-Policy `<meta>` (Astro's `security.csp`) to the top
 * of `<head>` and keeps in it only the hashes that page uses. See `page-policy.ts`.
 */
export default function cspFirst(): AstroIntegration {
  return {
    name: 'csp-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        let rewritten = 0;
        let kept = 0;
        for (const file of await htmlFiles(siteDir)) {
          if (await isPlaced(file)) {
            kept += 1;
            continue;
          }
          const html = await readFile(file, 'utf8');
          const placed = placePolicy(html, path.relative(siteDir, file));
          if (placed === undefined) continue;
          await writeFile(file, placed);
          rewritten += 1;
        }
        logger.info(
          `put the CSP <meta> first and narrowed its hashes on ${rewritten} pages (${kept} placed as they were rendered)`,
        );
      },
    },
  };
}
