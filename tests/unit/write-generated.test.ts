// The generated folder under two writes at once (a dev server's watcher reports a new seed as added and then
// changed): both finish, and the folder holds exactly the files of the later one, none missing.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeGenerated } from '../../src/integrations/seeds/write-generated.ts';

let root = '';
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** A document's generated files: its model and its sections, as the generator lays them out. */
const filesOf = (slugs: string[]) =>
  slugs.flatMap((slug) => [
    { path: `documents/${slug}.json`, contents: `{"slug":"${slug}"}` },
    ...['summary', 'prosecution', 'protection'].map((s) => ({
      path: `sections/${slug}/${s}.mdx`,
      contents: `${slug} ${s}`,
    })),
  ]);

describe('writeGenerated', () => {
  it('leaves the later of two writes at once whole', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'generated-'));
    const dir = path.join(root, 'generated');
    await writeGenerated(dir, filesOf(['china-2010']));
    await Promise.all([
      writeGenerated(dir, filesOf(['china-2010', 'ruritania-2010'])),
      writeGenerated(dir, filesOf(['china-2010', 'ruritania-2010'])),
    ]);
    const written = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort();
    expect(written).toEqual(
      filesOf(['china-2010', 'ruritania-2010'])
        .map((f) => f.path)
        .sort(),
    );
    expect(await readFile(path.join(dir, 'documents/china-2010.json'), 'utf8')).toBe('{"slug":"china-2010"}');
  });
});
