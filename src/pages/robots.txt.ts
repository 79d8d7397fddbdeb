import type { APIRoute } from 'astro';
import { absoluteUrl } from '../publish/urls.ts';

/** Every page may be crawled; the sitemap (from @astrojs/sitemap) lists them, at the public URL. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
