// Headers from one source of truth: the build writes _headers and _redirects into the site (Netlify,
// Cloudflare Pages read them) and nginx.conf and a Caddyfile beside it, never in it; each carries every
// security header of src/publish/hosting/headers.ts and every page redirect of src/redirects.ts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/publish/hosting/headers.ts';
import { siteRedirects } from '../../src/redirects.ts';
import { DIST, filesIn } from '../../tooling/dist.ts';
import { hostingDirOf } from '../support/host-servers.ts';

const hosting = hostingDirOf(DIST);
const read = (file: string) => readFile(file, 'utf8');
const CONFIGS = {
  _headers: path.join(DIST, '_headers'),
  'nginx.conf': path.join(hosting, 'nginx.conf'),
  Caddyfile: path.join(hosting, 'Caddyfile'),
};

describe.each(Object.entries(CONFIGS))('%s', (name, file) => {
  it('sends every security header with its value', async () => {
    const text = await read(file);
    const missing = Object.entries(SECURITY_HEADERS).filter(([header, value]) => {
      // _headers writes `Name: value`; nginx and Caddy put the value in double quotes.
      const written = name === '_headers' ? `${header}: ${value}` : `${header} "${value}"`;
      return !text.includes(written);
    });
    expect(missing).toEqual([]);
  });
});

describe('server configurations', () => {
  it('stay out of the served folder', async () => {
    const served = await filesIn();
    expect(served.filter((f) => /(^|\/)(nginx\.conf|Caddyfile)$/.test(f))).toEqual([]);
  });

  it('redirect every moved page', async () => {
    const texts = {
      _redirects: await read(path.join(DIST, '_redirects')),
      nginx: await read(CONFIGS['nginx.conf']),
      caddy: await read(CONFIGS.Caddyfile),
    };
    for (const r of siteRedirects().pages) {
      expect(texts._redirects).toContain(`${r.from} ${r.to} 301`);
      expect(texts.nginx).toContain(`return 301 ${r.to};`);
      expect(texts.caddy).toContain(`redir ${r.from} ${r.to} permanent`);
    }
  });
});
