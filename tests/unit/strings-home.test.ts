// Every word the site shows lives in src/strings.ts: no component, layout or page template writes a word of
// its own, as text or as a label attribute (aria-label, title, alt…). Read through Astro's own parser.
import { parse } from '@astrojs/compiler-rs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/paths.ts';

const FOLDERS = ['src/components', 'src/layouts', 'src/pages'];
/** Attributes a reader or assistive technology is shown (other attributes are names, classes, URLs). */
const SHOWN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'title',
  'alt',
  'placeholder',
  'label',
  'description',
  'lede',
  'heading',
]);
const WORD = /\p{L}{2,}/u;

interface AstNode {
  type?: string;
  value?: unknown;
  name?: { name?: string };
  openingElement?: { name?: { name?: string } };
  [key: string]: unknown;
}

/** The words a template writes itself: text outside expressions, and shown attributes given as strings. */
function ownWords(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) ownWords(child, found);
    return found;
  }
  if (!node || typeof node !== 'object') return found;
  const n = node as AstNode;
  const tag = n.type === 'JSXElement' ? n.openingElement?.name?.name : undefined;
  if (tag === 'style' || tag === 'script') return found;
  if (n.type === 'JSXText' && typeof n.value === 'string' && WORD.test(n.value)) found.push(n.value.trim());
  if (n.type === 'JSXAttribute' && SHOWN_ATTRIBUTES.has(n.name?.name ?? '')) {
    const value = n.value as AstNode | null;
    if (value?.type === 'Literal' && typeof value.value === 'string' && WORD.test(value.value))
      found.push(`${n.name?.name}="${value.value}"`);
  }
  for (const [key, child] of Object.entries(n)) if (key !== 'type') ownWords(child, found);
  return found;
}

async function templates(): Promise<string[]> {
  const files: string[] = [];
  for (const folder of FOLDERS) {
    const entries = await readdir(path.join(ROOT, folder), { recursive: true });
    for (const entry of entries) if (entry.endsWith('.astro')) files.push(path.posix.join(folder, entry));
  }
  return files.sort();
}

describe('words in src/strings.ts', () => {
  it('no template writes words of its own', async () => {
    const own: string[] = [];
    for (const file of await templates()) {
      const { ast } = parse(await readFile(path.join(ROOT, file), 'utf8'));
      for (const words of ownWords(ast)) own.push(`${file}: ${words}`);
    }
    expect(own).toEqual([]);
  });
});
