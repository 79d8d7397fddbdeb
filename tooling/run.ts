// Runs one of the project's own commands from node_modules/.bin in the project root, collecting its output.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { childEnv } from './build-env.ts';
import { ROOT } from './paths.ts';

/** What a command printed and how it exited. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node_modules/.bin/<bin> …args` with `childEnv(env)` and never throws on failure. The bins are
 * `#!/usr/bin/env node` scripts: childEnv's PATH makes that the project's pinned node.
 */
export function runBin(
  bin: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', bin), args, {
      cwd: ROOT,
      env: childEnv(env),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

/** The last `lines` lines of a command's output, for an error message. */
export function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
