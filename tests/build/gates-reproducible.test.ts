// Gate: two builds of the same tree give byte-identical sites.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../tooling/build-site.ts';
import { filesIn } from '../../tooling/dist.ts';

/** Relative path → SHA-256 of the file, for every file of a built site. */
async function digests(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await filesIn(dir)) {
    out[file] = createHash('sha256')
      .update(await readFile(path.join(dir, file)))
      .digest('hex');
  }
  return out;
}

describe('reproducible builds', () => {
  let first: Record<string, string>;
  let second: Record<string, string>;

  beforeAll(async () => {
    // Fresh folders each: the second build must not reuse anything the first left behind. One after the
    // other: two builds at once would only compete for the machine's cores.
    first = await digests(await buildSite({ seedsDir: 'seeds', name: 'gates-repro-a', fresh: true }));
    second = await digests(await buildSite({ seedsDir: 'seeds', name: 'gates-repro-b', fresh: true }));
  });

  it('builds the same files', () => {
    expect(Object.keys(first).length).toBeGreaterThan(0);
    expect(Object.keys(second)).toEqual(Object.keys(first));
  });

  it('builds every file byte for byte the same', () => {
    const differing = Object.keys(first).filter(
      (file) => second[file] !== undefined && second[file] !== first[file],
    );
    expect(differing).toEqual([]);
  });
});
