// Installs a bench package (bench/starlight/, bench/chart/) on first use, never through the project's `npm ci`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildEnv, ROOT } from '../tests/support/build-site.ts';

/** Where an install records the lockfile it came from, so a changed lockfile reinstalls. */
const STAMP = path.join('node_modules', '.bench-installed');

async function lockHash(dir: string): Promise<string> {
  const lock = await readFile(path.join(dir, 'package-lock.json')).catch(() => Buffer.from(''));
  return createHash('sha256').update(lock).digest('hex');
}

/**
 * Runs `npm install --no-audit --no-fund` in `dir` (relative to the project) when its node_modules is missing
 * or its package-lock.json changed since the last install, with the project's pinned Node first on PATH.
 * @throws Error with npm's output if the install fails
 */
export async function ensureInstalled(dir: string): Promise<void> {
  const abs = path.join(ROOT, dir);
  const stamp = path.join(abs, STAMP);
  const hash = await lockHash(abs);
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')) === hash) return;
  console.log(`Installing ${dir} (npm install)…`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: abs,
    env: buildEnv({}),
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `npm install in ${dir} failed (exit ${result.status}):\n${result.stderr}${result.stdout}`,
      {
        cause: result.error,
      },
    );
  }
  await writeFile(stamp, await lockHash(abs));
}
