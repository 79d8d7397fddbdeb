import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteRedirects } from '../../redirects.ts';
import { caddyfile } from './caddy.ts';
import { headersFile, redirectsFile } from './netlify.ts';
import { nginxServer } from './nginx.ts';

/** Options of the hosting integration. */
export interface HostingOptions {
  /** Folder for server configurations (nginx, Caddy), kept out of the output so that no host serves them. */
  hostingDir: string;
}

/**
 * Writes the host configurations from src/publish/hosting/headers.ts and src/redirects.ts after the build:
 * `_headers` and `_redirects` into the output, where Netlify and Cloudflare Pages read them (and serve
 * neither), and `nginx.conf` and `Caddyfile` into `hostingDir`, beside it.
 */
export default function hosting({ hostingDir }: HostingOptions): AstroIntegration {
  return {
    name: 'hosting',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const pages = siteRedirects().pages;
        await writeFile(path.join(siteDir, '_headers'), headersFile());
        await writeFile(path.join(siteDir, '_redirects'), redirectsFile(pages));
        await mkdir(hostingDir, { recursive: true });
        await writeFile(path.join(hostingDir, 'nginx.conf'), nginxServer(pages));
        await writeFile(path.join(hostingDir, 'Caddyfile'), caddyfile(pages));
        logger.info(`wrote _headers and _redirects, and nginx.conf and Caddyfile in ${hostingDir}/`);
      },
    },
  };
}
