import { describe, expect, it } from 'vitest';
import { hashSource, placePolicy } from '../../src/integrations/csp/page-policy.ts';

const used = 'var a=1';
const policy = `default-src 'self'; script-src 'self' ${hashSource(used)} ${hashSource('other()')}`;
const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body></body></html>`;

describe('placePolicy', () => {
  it('moves the policy right after <meta charset> and keeps only the hashes the page uses', () => {
    const html = page(
      `<meta charset="utf-8"><title>T</title><script>${used}</script>` +
        `<script type="application/ld+json">{}</script>` +
        `<meta http-equiv="content-security-policy" content="${policy}">`,
    );
    expect(placePolicy(html, 'a/index.html')).toBe(
      page(
        `<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; ` +
          `script-src 'self' ${hashSource(used)}"><title>T</title><script>${used}</script>` +
          `<script type="application/ld+json">{}</script>`,
      ),
    );
  });

  it('leaves a page without a policy alone', () => {
    expect(placePolicy(page('<meta http-equiv="refresh" content="0;url=/a/">'), 'r.html')).toBeUndefined();
  });

  it('names the file when the page declares no charset to put the policy after', () => {
    const html = page(`<title>T</title><meta http-equiv="content-security-policy" content="${policy}">`);
    expect(() => placePolicy(html, 'a/index.html')).toThrow(
      'a/index.html: a page with a CSP <meta> needs <meta charset="utf-8"> first in <head>',
    );
  });
});
