// Runs a real `astro build` of the project for a given seeds folder, into .output/<name>/.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'node_modules', '.bin');

/** What a build printed and how it exited. */
export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a child build: the caller's, minus what Vitest adds, with the pinned node first on PATH. */
export function buildEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const vitestOnly =
      key.startsWith('VITEST') ||
      ['NODE_ENV', 'TEST', 'SSR', 'MODE', 'BASE_URL', 'DEV', 'PROD'].includes(key);
    if (!vitestOnly && value !== undefined) env[key] = value;
  }
  env['PATH'] = [BIN, process.env['PATH'] ?? ''].join(path.delimiter);
  Object.assign(env, { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' });
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Runs `astro build` in the project root with extra `env` (undefined unsets) and never throws on failure. */
export function runBuild(env: Record<string, string | undefined> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    // node_modules/.bin/astro is `#!/usr/bin/env node`: PATH above makes that the project's pinned node.
    const child = spawn(path.join(BIN, 'astro'), ['build'], { cwd: ROOT, env: buildEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Builds the site from `seedsDir` into `.output/<name>/dist` and returns that folder's absolute path. */
export async function buildSite(opts: { seedsDir: string; name: string }): Promise<string> {
  const base = `.output/${opts.name}`;
  const result = await runBuild({
    TIP_SEEDS_DIR: path.resolve(ROOT, opts.seedsDir),
    TIP_GENERATED_DIR: `${base}/generated`,
    TIP_OUT_DIR: `${base}/dist`,
    TIP_CACHE_DIR: `${base}/cache`,
  });
  if (result.code !== 0) {
    throw new Error(
      `astro build of "${opts.name}" (seeds ${opts.seedsDir}) exited with ${result.code}.\n` +
        `--- stderr (tail) ---\n${tail(result.stderr)}\n--- stdout (tail) ---\n${tail(result.stdout)}`,
    );
  }
  return path.join(ROOT, base, 'dist');
}
