// The styles of a finding follow finding-dom.ts: CSS cannot import its names, so every class a finding's
// styles select must be one it defines, and each class it defines for the page's findings must be styled.
// A name renamed in finding-dom.ts and not in the CSS would leave the findings unstyled: this fails then.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FINDING,
  FINDING_ALIAS,
  FINDING_LINK,
  FINDING_TOOLS,
} from '../../src/components/finding/finding-dom.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where a finding's styles are: the site's rules, the findings' own, and the link's (CopyLink.astro). */
const STYLE_FILES = [
  'src/styles/global.css',
  'src/components/finding/FindingsHtml.astro',
  'src/components/links/CopyLink.astro',
];
const DEFINED = [FINDING, FINDING_ALIAS, FINDING_LINK, FINDING_TOOLS];

/** The class names of the form `finding` or `finding-*` that a file's CSS selects (comments left out). */
async function findingClasses(file: string): Promise<string[]> {
  const text = (await readFile(path.join(ROOT, file), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
  const css = file.endsWith('.astro')
    ? (text.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? []).join('\n')
    : text;
  return [...css.matchAll(/\.(finding(?:-[a-z]+)*)\b/g)].map((m) => m[1] ?? '');
}

describe('a finding’s styles', () => {
  it('select only the classes finding-dom.ts defines', async () => {
    const used = (await Promise.all(STYLE_FILES.map(findingClasses))).flat();
    expect([...new Set(used)].filter((name) => !DEFINED.includes(name))).toEqual([]);
  });

  it('style every class finding-dom.ts defines for a finding', async () => {
    const used = new Set((await Promise.all(STYLE_FILES.map(findingClasses))).flat());
    expect(DEFINED.filter((name) => !used.has(name))).toEqual([]);
  });
});
