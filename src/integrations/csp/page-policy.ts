import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** Script types a browser executes; other `<script>` elements (JSON-LD) are data and need no hash. */
const EXECUTED_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The CSP `<meta>` as Astro writes it, anywhere in the page. */
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** The charset declaration the policy must follow directly. */
const CHARSET_META = /<meta charset="utf-8">/i;

/** A hash source in a policy, `'sha256-…'`. */
const HASH_SOURCE = /^'sha(?:256|384|512)-[A-Za-z0-9+/=]+'$/;

/** The CSP hash source of an inline element's text, as a policy lists it: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of every inline script a browser would run and every `<style>` element in `html`. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  let text: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const inlineScript =
          name === 'script' &&
          attributes['src'] === undefined &&
          EXECUTED_TYPES.has((attributes['type'] ?? '').toLowerCase());
        if (inlineScript || name === 'style') text = '';
      },
      ontext(chunk) {
        if (text !== undefined) text += chunk;
      },
      onclosetag(name) {
        if (text !== undefined && (name === 'script' || name === 'style')) hashes.add(hashSource(text));
        text = undefined;
      },
    },
    // Script and style bodies are raw text: hashed exactly as written, never entity-decoded.
    { decodeEntities: false },
  );
  parser.end(html);
  return hashes;
}

/** `policy` with only the hash sources in `used`; every other source and directive stays as it was. */
export function keepHashes(policy: string, used: ReadonlySet<string>): string {
  return policy
    .split(';')
    .map((directive) =>
      directive
        .split(' ')
        .filter((source) => !HASH_SOURCE.test(source) || used.has(source))
        .join(' '),
    )
    .join(';');
}

/**
 * Puts a page's CSP `<meta>` first in `<head>`, right after `<meta charset>`, so that it covers everything
 * after it (a policy applies only to what follows it), and narrows its hashes to the page's own inline
 * scripts and styles: Astro lists every hash of the whole site on every page.
 * @returns the rewritten page, or `undefined` when it has no CSP `<meta>` (Astro's redirect stubs)
 * @throws Error when the page has a policy but no `<meta charset="utf-8">` to put it after
 */
export function placePolicy(html: string, file: string): string | undefined {
  const found = CSP_META.exec(html);
  if (!found) return undefined;
  const rest = html.slice(0, found.index) + html.slice(found.index + found[0].length);
  const charset = CHARSET_META.exec(rest);
  if (!charset) {
    throw new Error(`${file}: a page with a CSP <meta> needs <meta charset="utf-8"> first in <head>`);
  }
  const policy = keepHashes(found[1] ?? '', inlineHashes(rest));
  const at = charset.index + charset[0].length;
  return `${rest.slice(0, at)}<meta http-equiv="content-security-policy" content="${policy}">${rest.slice(at)}`;
}
