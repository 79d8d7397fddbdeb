// Real web servers for a built site, configured with the files the build wrote beside it (hosting/):
// nginx in the foreground, and Caddy when it is installed. Each runs from a temporary folder of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CADDY_PLACEHOLDERS } from '../../src/integrations/hosting/caddy.ts';
import { NGINX_PLACEHOLDERS } from '../../src/integrations/hosting/nginx.ts';
import type { ServedDir } from '../../tooling/server.ts';

export const NGINX = '/usr/sbin/nginx';
export const CADDY = '/usr/bin/caddy';

/** The folder the build wrote server configurations into, beside the site folder. */
export function hostingDirOf(siteDir: string): string {
  return path.join(path.dirname(siteDir), 'hosting');
}

/** A free TCP port on 127.0.0.1 (free when asked; the server takes it a moment later). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Replaces each placeholder line of a generated configuration, failing if the generator changed them. */
function substitute(config: string, file: string, lines: [from: string, to: string][]): string {
  return lines.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`${file}: expected the line "${from}" to replace`);
    return text.replace(from, to);
  }, config);
}

/** Resolves once `url` answers at all, or fails with what the server printed after `timeoutMs`. */
async function waitUntilAnswers(url: string, child: ChildProcess, output: () => string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not answer at ${url} within ${timeoutMs} ms:\n${output()}`);
}

/** Starts `command`, waits until `url` answers, and gives a `close()` that stops it and removes `tmp`. */
async function run(command: string, args: string[], env: NodeJS.ProcessEnv, url: string, tmp: string) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(tmp, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswers(url, child, () => output);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, close } satisfies ServedDir;
}

/** Serves `siteDir` through nginx with the generated `nginx.conf`, on 127.0.0.1 at a free port. */
export async function serveWithNginx(siteDir: string): Promise<ServedDir> {
  const file = path.join(hostingDirOf(siteDir), 'nginx.conf');
  const port = await freePort();
  const server = substitute(await readFile(file, 'utf8'), file, [
    [NGINX_PLACEHOLDERS.listen, `listen 127.0.0.1:${port};`],
    [NGINX_PLACEHOLDERS.root, `root ${path.resolve(siteDir)};`],
  ]);
  const tmp = await mkdtemp(path.join(tmpdir(), 'tip-nginx-'));
  const t = (name: string) => path.join(tmp, name);
  const conf = [
    `pid ${t('nginx.pid')};`,
    `error_log ${t('error.log')} warn;`,
    // As root nginx would hand its workers to "nobody", who may not read the site under test.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log off;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `  ${k}_temp_path ${t(k)};`),
    server,
    '}',
  ].join('\n');
  await writeFile(t('nginx.conf'), conf);
  return run(
    NGINX,
    ['-p', tmp, '-c', t('nginx.conf'), '-g', 'daemon off;'],
    process.env,
    `http://127.0.0.1:${port}`,
    tmp,
  );
}

/** Whether Debian's caddy is installed (`.ci/run` installs it). */
export const hasCaddy = existsSync(CADDY);

/** Serves `siteDir` through Caddy with the generated `Caddyfile`, on 127.0.0.1 at a free port. */
export async function serveWithCaddy(siteDir: string): Promise<ServedDir> {
  const file = path.join(hostingDirOf(siteDir), 'Caddyfile');
  const port = await freePort();
  const site = substitute(await readFile(file, 'utf8'), file, [
    [CADDY_PLACEHOLDERS.address, `http://127.0.0.1:${port} {`],
    [CADDY_PLACEHOLDERS.root, `root * ${path.resolve(siteDir)}`],
  ]);
  const tmp = await mkdtemp(path.join(tmpdir(), 'tip-caddy-'));
  // No admin endpoint: its fixed port would clash between runs; what Caddy keeps goes to the temp folder.
  await writeFile(path.join(tmp, 'Caddyfile'), `{\n  admin off\n}\n${site}`);
  const env = { ...process.env, HOME: tmp, XDG_DATA_HOME: tmp, XDG_CONFIG_HOME: tmp };
  const args = ['run', '--adapter', 'caddyfile', '--config', path.join(tmp, 'Caddyfile')];
  return run(CADDY, args, env, `http://127.0.0.1:${port}`, tmp);
}
