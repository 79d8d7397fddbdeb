// The Pagefind step of the build: it indexes the pages its glob names and writes the bundle, and it fails
// the build, with Pagefind's reason, rather than ship a site whose search finds nothing.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/integrations/pagefind/build-index.ts';
import { distFile, documentPath, sectionPagesGlob } from '../../src/publish/urls.ts';

const page = (body: string): string =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

let site = '';
beforeEach(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'tip-pagefind-'));
});
afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

/** Writes a built page for the URL path `url` (`/china-2010/protection/`). */
async function addPage(url: string, body: string): Promise<void> {
  const file = path.join(site, distFile(url));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, page(body));
}

describe('buildIndex', () => {
  it('indexes the section pages only and writes the search bundle', async () => {
    await addPage(
      documentPath('china-2010', 'protection'),
      '<h1>Protection</h1><span id="a-b">Victims were identified.</span>',
    );
    await addPage(
      documentPath('china-2010', 'full-text'),
      '<h1>Full text</h1><span id="a-b">Victims were identified.</span>',
    );
    await addPage('/search/', '<h1>Search</h1>');
    const outputPath = path.join(site, 'pagefind');
    const { pageCount } = await buildIndex({ siteDir: site, glob: sectionPagesGlob(), outputPath });
    expect(pageCount).toBe(1);
    expect(existsSync(path.join(outputPath, 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(outputPath, 'pagefind-component-ui.js'))).toBe(true);
  });

  it('fails when no page matches, naming the glob and the folder', async () => {
    await addPage('/search/', '<h1>Search</h1>');
    await expect(
      buildIndex({ siteDir: site, glob: sectionPagesGlob(), outputPath: path.join(site, 'pagefind') }),
    ).rejects.toThrow(
      `Pagefind found no page matching "${sectionPagesGlob()}" in ${site}: nothing to search`,
    );
  });
});
