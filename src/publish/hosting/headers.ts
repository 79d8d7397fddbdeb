/**
 * The one source of truth for what the site asks of its host: the Content-Security-Policy's
 * page-independent directives, the hardening headers, and caching. `astro.config.mjs` feeds the policy to
 * Astro's `security.csp` (each page's `<meta>`, with its own hashes); `src/integrations/hosting/` writes the
 * same data as `_headers` (Netlify, Cloudflare Pages), an nginx server block and a Caddyfile.
 */

/** Directives every page's policy carries, in its `<meta>` and in the headers alike. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'self'",
  // No worker from a blob: URL: Pagefind searches on the page's main thread (src/scripts/search/load-pagefind.ts).
  "worker-src 'self'",
] as const;

/** Sources of `script-src` besides each page's hashes. Pagefind's search is WebAssembly, compiled in the page. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Directives a `<meta>` policy cannot carry, sent only as a header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * The Content-Security-Policy header. It never names `default-src`, `script-src` or `style-src`: a browser
 * enforces the header and the `<meta>` both, and those would need each page's own hashes.
 */
export const CSP_HEADER = [
  ...CSP_DIRECTIVES.filter((d) => !d.startsWith('default-src')),
  ...HEADER_ONLY_DIRECTIVES,
].join('; ');

/** Response headers for every path. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  // frame-ancestors for browsers that predate it.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // The site uses none of these powerful features; no frame or script may ask for them either.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** A path prefix with headers of its own, on top of the security headers. */
export interface PathRule {
  /** Path prefix, ending in `/`. */
  prefix: string;
  headers: Readonly<Record<string, string>>;
  /** Why, for the generated files' comments. */
  reason: string;
}

/** Caching: only names that carry a hash of their content are cached for good. */
export const PATH_RULES: readonly PathRule[] = [
  {
    prefix: '/_astro/',
    headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
    reason: 'Names under /_astro/ carry a hash of their content: a new build gives a new name.',
  },
];

/** Files in the output that tell a host what to do; a host that does not read them must not serve them. */
export const HOST_FILES = ['_headers', '_redirects'] as const;
