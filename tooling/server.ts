// A static server for a built site folder, as a host would serve it: files, directory index.html, 404.html.
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

/** A running server: `url` is its origin without a trailing slash, e.g. `http://127.0.0.1:40123`. */
export interface ServedDir {
  url: string;
  close(): Promise<void>;
}

async function sendNotFound(root: string, res: ServerResponse): Promise<void> {
  const page = await readFile(path.join(root, '404.html')).catch(() => undefined);
  res.statusCode = 404;
  res.setHeader('Content-Type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
  res.end(page ?? 'Not found');
}

/** Serves `dir` on 127.0.0.1 at a free port until `close()` is called. */
export async function serveDir(dir: string): Promise<ServedDir> {
  const root = path.resolve(dir);
  // dev: true reads the folder on every request, so a site rebuilt in place is served as it is now.
  const assets = sirv(root, { dev: true, etag: false, dotfiles: false });
  const server = createServer((req, res) => {
    assets(req, res, () => {
      sendNotFound(root, res).catch((error: unknown) => res.destroy(error as Error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets from the browser would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
