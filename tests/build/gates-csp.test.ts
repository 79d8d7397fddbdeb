// Gate: every page carries a strict Content-Security-Policy that allows exactly what the page runs.
import type { CheerioAPI } from 'cheerio';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, filesIn, loadPage } from '../../tooling/dist.ts';
import { gatePages } from '../../tooling/gate-pages.ts';

type Policy = Map<string, string[]>;

/** `default-src 'self'; script-src …` → directive name → its sources. */
function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function metaPolicy($: CheerioAPI): Policy {
  const metas = $('meta[http-equiv="content-security-policy" i]');
  expect(metas.length, 'one CSP <meta> per page').toBe(1);
  return parsePolicy(metas.attr('content') ?? '');
}

/** The sources that govern `<script>` or `<style>` elements: the -elem directive if present, else the plain one. */
function elementSources(policy: Policy, kind: 'script' | 'style'): string[] {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? [];
}

/** Parses a `_headers` file into path pattern → header name (lower case) → value. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else if (current) {
      const at = line.indexOf(':');
      current.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
    }
  }
  return rules;
}

const pages = await gatePages();

describe('Content-Security-Policy', () => {
  it.each(pages)('%s forbids inline code it did not hash, plugins and base rewriting', async (page) => {
    const policy = metaPolicy(await loadPage(page));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'script-src-elem', 'script-src-attr']) {
      expect(policy.get(directive) ?? [], directive).not.toContain("'unsafe-inline'");
      expect(policy.get(directive) ?? [], directive).not.toContain("'unsafe-eval'");
    }
  });

  it.each(pages)('every inline script and style on %s is allowed by its hash', async (page) => {
    const $ = await loadPage(page);
    const policy = metaPolicy($);
    const unhashed: string[] = [];
    for (const el of $('script:not([src])').toArray()) {
      const type = $(el).attr('type') ?? '';
      // Data blocks (JSON-LD and the like) are never executed, so the policy does not apply to them.
      if (!['', 'module', 'text/javascript'].includes(type)) continue;
      const text = $(el).text();
      if (!elementSources(policy, 'script').includes(sha256(text)))
        unhashed.push(`<script> ${text.slice(0, 60)}…`);
    }
    for (const el of $('style').toArray()) {
      const text = $(el).text();
      if (!elementSources(policy, 'style').includes(sha256(text)))
        unhashed.push(`<style> ${text.slice(0, 60)}…`);
    }
    expect(unhashed).toEqual([]);
  });

  it.each(pages)('%s states its policy first in <head>, right after <meta charset>', async (page) => {
    const $ = await loadPage(page);
    // A policy covers only what follows it: markup taken from the exports must come after it.
    const first = $('head')
      .children()
      .slice(0, 2)
      .toArray()
      .map((el) => $.html(el).replace(/ content="[^"]*"/, ''));
    expect(first).toEqual(['<meta charset="utf-8">', '<meta http-equiv="content-security-policy">']);
  });

  it.each(pages)('%s allows only the hashes of its own inline scripts and styles', async (page) => {
    const $ = await loadPage(page);
    const used = new Set(
      $('script:not([src]), style')
        .toArray()
        .filter((el) => el.tagName === 'style' || ['', 'module'].includes($(el).attr('type') ?? ''))
        .map((el) => sha256($(el).text())),
    );
    const allowed = [...metaPolicy($).values()].flat().filter((source) => source.startsWith("'sha"));
    expect(allowed.filter((hash) => !used.has(hash))).toEqual([]);
  });

  it.each(pages)(
    '%s has no style attributes or inline event handlers, which the policy would block',
    async (page) => {
      const $ = await loadPage(page);
      const blocked: string[] = [];
      $('*').each((_, el) => {
        for (const name of Object.keys($(el).attr() ?? {})) {
          if (name === 'style' || /^on[a-z]+$/.test(name)) blocked.push(`<${$(el).prop('tagName')} ${name}>`);
        }
      });
      expect(blocked).toEqual([]);
    },
  );
});

describe('_headers for static hosts', () => {
  const read = async () => parseHeaders(await readFile(path.join(DIST, '_headers'), 'utf8'));

  it('sends the page-independent CSP directives of every page, plus frame-ancestors', async () => {
    const all = (await read()).get('/*');
    const header = parsePolicy(all?.get('content-security-policy') ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    // Hashes differ per page and live in each page's <meta>; a header naming these would overrule them.
    for (const perPage of ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem']) {
      expect(header.has(perPage), perPage).toBe(false);
    }
    for (const page of pages) {
      for (const [name, sources] of metaPolicy(await loadPage(page))) {
        if (name === 'default-src' || name.startsWith('script-src') || name.startsWith('style-src')) continue;
        expect(header.get(name), `${name} on ${page}`).toEqual(sources);
      }
    }
  });

  it('forbids MIME sniffing and framing and limits the referrer', async () => {
    const all = (await read()).get('/*');
    expect(all?.get('x-content-type-options')).toBe('nosniff');
    expect(all?.get('x-frame-options')).toBe('DENY');
    expect(all?.get('referrer-policy')).toMatch(
      /^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/,
    );
  });

  it('caches for a year only files whose names carry a content hash', async () => {
    const immutable = [...(await read())]
      .filter(([, headers]) => /immutable/.test(headers.get('cache-control') ?? ''))
      .map(([pattern]) => pattern);
    expect(immutable).toEqual(['/_astro/*']);
    const astroFiles = (await filesIn()).filter((f) => f.startsWith('_astro/'));
    // Vite's names end in a hash of eight or more URL-safe characters before the extension.
    expect(astroFiles.filter((f) => !/[.-][\w-]{8,}\.\w+$/.test(f))).toEqual([]);
  });
});
