import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './generate.ts';

/** The write in progress, if any: writes to the generated folder run one after another, in call order. */
let writing: Promise<unknown> = Promise.resolve();

/**
 * Replaces the generated folder with exactly these files. They are written to
 * a sibling folder first and swapped in whole, so a failure never leaves a
 * half-written folder behind. Calls are queued: two at once (a dev server's
 * watcher reports a new seed twice) would share the sibling folder and swap
 * each other's files out.
 */
export function writeGenerated(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  const write = writing.then(() => replaceFolder(dir, files));
  writing = write.catch(() => undefined);
  return write;
}

async function replaceFolder(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const target = join(staging, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.contents);
    }
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
