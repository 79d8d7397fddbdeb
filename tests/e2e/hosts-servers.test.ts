// Headers on real servers: the renames fixture served through nginx (and Caddy, when installed) with the
// configurations the build generated. On the wire: every security header, the site's 404 page, the 301 of
// a moved page, clean URLs, and a page on another origin that cannot frame the site.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATH_RULES, SECURITY_HEADERS } from '../../src/publish/hosting/headers.ts';
import { buildRenamed, RENAMES } from '../build/links-renamed-fixture.ts';
import { launchBrowser, type LaunchedBrowser } from '../../tooling/browser.ts';
import { filesIn } from '../../tooling/dist.ts';
import { hasCaddy, serveWithCaddy, serveWithNginx } from '../support/host-servers.ts';
import { serveDir, type ServedDir } from '../../tooling/server.ts';

const dir = await buildRenamed('hosts-servers');
const moved = RENAMES.pages[0]!;
const asset = (await filesIn(dir)).find((f) => f.startsWith('_astro/') && f.endsWith('.css'))!;
const SERVERS = [
  ['nginx', serveWithNginx],
  ...(hasCaddy ? ([['Caddy', serveWithCaddy]] as const) : []),
] as const;

let browser: LaunchedBrowser;
let framer: Server;
let framerUrl: string;
/** The site page framed by the page on the other origin, set per server. */
let framed = '';

beforeAll(async () => {
  browser = await launchBrowser();
  // Another origin (another port): a page that frames whatever `framed` names.
  framer = createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>framer</title><iframe src="${framed}"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  framerUrl = `http://127.0.0.1:${(framer.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => framer?.close(resolve));
});

/** The title of the framed document as the browser has it: the site's if the frame was allowed. */
async function framedTitle(url: string): Promise<string> {
  framed = url;
  const tab = await browser.newPage();
  try {
    await tab.goto(framerUrl, { waitUntil: 'load' });
    const frame = tab.frames().find((f) => f !== tab.mainFrame());
    return (await frame?.evaluate(() => document.title).catch(() => '')) ?? '';
  } finally {
    await tab.close();
  }
}

function expectSecurityHeaders(response: Response, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(response.headers.get(name), `${name} on ${what}`).toBe(value);
  }
}

it('a site without the headers can be framed: the framing check below can tell', async () => {
  const plain = await serveDir(dir);
  try {
    expect(await framedTitle(`${plain.url}/china-2010/`)).toMatch(/China/);
  } finally {
    await plain.close();
  }
});

describe.each(SERVERS)('served by %s with the generated configuration', (_, serve) => {
  let server: ServedDir;
  const get = (p: string) => fetch(server.url + p, { redirect: 'manual' });

  beforeAll(async () => {
    server = await serve(dir);
  });

  afterAll(async () => {
    await server?.close();
  });

  it.each(['/', '/china-2010/', '/china-2010/summary/', '/search/'])(
    '%s answers 200 with every security header',
    async (p) => {
      const response = await get(p);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(response, p);
    },
  );

  it('caches hashed assets for good, and pages not', async () => {
    const response = await get(`/${asset}`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response, asset);
    expect(response.headers.get('cache-control')).toBe(PATH_RULES[0]!.headers['Cache-Control']);
    expect((await get('/china-2010/')).headers.get('cache-control') ?? '').not.toMatch(/immutable/);
  });

  it('answers a missing page with 404 and the site’s 404 page, with the headers', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response, 'the 404 page');
    expect(await response.text()).toBe(await readFile(path.join(dir, '404.html'), 'utf8'));
  });

  it('sends a moved page’s old address on with a 301', async () => {
    const response = await get(moved.from);
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location') ?? '', server.url).pathname).toBe(moved.to);
    expectSecurityHeaders(response, moved.from);
  });

  it('adds the slash to a page’s address without one', async () => {
    const response = await get('/china-2010/summary');
    // nginx answers 301, Caddy 308: both permanent.
    expect([301, 308]).toContain(response.status);
    expect(new URL(response.headers.get('location') ?? '', server.url).pathname).toBe('/china-2010/summary/');
  });

  it('does not serve the instructions meant for other hosts', async () => {
    for (const file of ['/_headers', '/_redirects']) expect((await get(file)).status, file).toBe(404);
  });

  it('cannot be framed by a page on another origin', async () => {
    expect(await framedTitle(`${server.url}/china-2010/`)).not.toMatch(/China/);
  });
});
