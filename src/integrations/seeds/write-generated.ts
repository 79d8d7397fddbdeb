import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './generate.ts';

/**
 * Replaces the generated folder with exactly these files. They are written to
 * a sibling folder first and swapped in whole, so a failure never leaves a
 * half-written folder behind.
 */
export async function writeGenerated(dir: string, files: readonly GeneratedFile[]): Promise<void> {
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
