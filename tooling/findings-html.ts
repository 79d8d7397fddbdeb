// The findings of a built site as its pages ship them: the exact HTML of each element that holds findings.
import { DomUtils, parseDocument } from 'htmlparser2';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlPages } from './dist.ts';

/**
 * For every page of the site in `dir` that has findings, the source HTML of each element of class
 * `findings` (section pages, the full text, the overview's quoted summary), byte for byte as written.
 */
export async function findingsHtml(dir: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const page of await htmlPages(dir)) {
    const html = await readFile(path.join(dir, page), 'utf8');
    const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true });
    const holders = DomUtils.findAll(
      (el) => (el.attribs['class'] ?? '').split(/\s+/).includes('findings'),
      doc.children,
    );
    if (holders.length === 0) continue;
    out[page] = holders.map((el) => html.slice(el.startIndex ?? 0, (el.endIndex ?? -1) + 1));
  }
  return out;
}
