import { defineMiddleware } from 'astro:middleware';
import { placePolicy } from './integrations/csp/page-policy.ts';

/**
 * Each page's Content-Security-Policy `<meta>` put first in `<head>` with only its own hashes
 * (src/integrations/csp/page-policy.ts) as the page is rendered, so that the incremental build caches the
 * page as it is published and a page restored from the cache needs no pass over it.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(placePolicy(html, context.url.pathname) ?? html, response);
});
