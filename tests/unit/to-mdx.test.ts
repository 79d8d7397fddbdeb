// The generated MDX, compiled by the MDX compiler the site uses (Sätteri, through @astrojs/mdx) and rendered
// with a tiny JSX runtime of the test's own: every sentence must come out as its exact literal text, with
// nothing in it evaluated, whatever Markdown, JSX or JavaScript it looks like.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import config from '../../astro.config.mjs';
import { generateFiles, type GeneratedFile } from '../../src/integrations/seeds/generate.ts';
import { withoutListMarker } from '../../src/integrations/seeds/to-mdx.ts';
import { buildDocument, type Document, type Paragraph } from '../../src/model/refworld/index.ts';
import { SECTION_TEXT } from '../../src/strings.ts';
import type { SectionKey } from '../../src/model/refworld/rules/sections.ts';
import { paragraphText, sectionParagraphs } from '../../src/model/refworld/queries.ts';

type Features = NonNullable<NonNullable<Parameters<typeof evaluate>[1]>['features']>;

/** The Markdown features the site's MDX is compiled with: those of its configured Sätteri processor. */
function siteFeatures(): Features {
  const processor = config.markdown?.processor as unknown as {
    name?: string;
    options?: { features?: Features };
  };
  if (processor.name !== 'satteri')
    throw new Error(`astro.config.mjs uses the "${processor.name}" processor`);
  const features = processor.options?.features ?? {};
  // As @astrojs/mdx does: GFM and smart punctuation are on unless the processor turns them off.
  return { ...features, gfm: features.gfm ?? true, smartPunctuation: features.smartPunctuation ?? true };
}

/** A rendered element: its tag or component name, its attributes and its children. */
interface Element {
  type: string;
  props: Record<string, unknown>;
  children: Child[];
}
type Child = string | Element;

const FRAGMENT = '#fragment';

/** The JSX runtime: records elements instead of rendering them, so the test sees exactly what MDX built. */
function jsx(type: unknown, props: unknown): Element {
  const { children, ...rest } = props as Record<string, unknown>;
  return { type: String(type), props: rest, children: flatten(children) };
}

function flatten(value: unknown): Child[] {
  if (value === undefined || value === null || value === false || value === true) return [];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  return [value as Element];
}

const textOf = (child: Child): string =>
  typeof child === 'string' ? child : child.children.map(textOf).join('');
const elementsIn = (child: Child): Element[] =>
  typeof child === 'string' ? [] : [child, ...child.children.flatMap(elementsIn)];

/** Compiles and runs one generated MDX file; components are passed by name, as the site passes its own. */
function render(file: GeneratedFile): { exports: string[]; tree: Element } {
  const module = evaluate(file.contents, { Fragment: FRAGMENT, jsx, jsxs: jsx, features: siteFeatures() });
  if (module instanceof Promise) throw new Error('expected a synchronous compile');
  const Content = module['default'] as (props: { components: Record<string, string> }) => Element;
  return {
    exports: Object.keys(module),
    tree: Content({ components: { Finding: 'Finding', Paragraph: 'Paragraph' } }),
  };
}

const frontmatterOf = (file: GeneratedFile): Record<string, unknown> =>
  parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(file.contents)?.[1] ?? '') as Record<string, unknown>;

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const SEEDS = [
  'refworld/markup-characters/input.txt',
  'refworld/typography/input.txt',
  'refworld/abbreviations/input.txt',
  'refworld/repeated-openings/input.txt',
  'two-documents/freedonia-2011-fixture.txt',
  'two-documents/china-2010-tip-interim-assessment.txt',
  // Bullets: a paragraph that is a list, one finding an item.
  'eras/freedonia-2020-report.txt',
];

/** A rendered paragraph's text: a list's items one a line, as the model joins them; else all of it. */
function paragraphTextOf(paragraph: Element): string {
  const list = elementsIn(paragraph).find((e) => e.type === 'ul');
  if (list === undefined) return textOf(paragraph);
  return (
    list.children
      .filter((c): c is Element => typeof c !== 'string' && c.type === 'li')
      // Line ends at an item's edges are the list's layout, which HTML does not render.
      .map((li) => textOf(li).replace(/^\n+|\n+$/g, ''))
      .join('\n')
  );
}

describe.each(SEEDS)('generated MDX of %s', (seed) => {
  const doc: Document = buildDocument(
    readFileSync(path.join(FIXTURES, seed), 'utf8'),
    `tests/fixtures/${seed}`,
  );
  const allMdx = generateFiles(doc, `tests/fixtures/${seed}`).filter((f) => f.path.endsWith('.mdx'));
  // The section pages, the only pages rendered from MDX; the others are rendered from the model.
  const mdxFiles = allMdx.filter((f) => f.path.startsWith('sections/'));
  const paragraphsOf = (file: GeneratedFile): Paragraph[] => {
    const section = frontmatterOf(file)['section'];
    return section === undefined ? doc.paragraphs : sectionParagraphs(doc, section as SectionKey);
  };

  it.each(mdxFiles.map((f) => [f.path, f] as const))(
    '%s: each sentence renders as its exact text',
    (_, file) => {
      const findings = elementsIn(render(file).tree).filter((e) => e.type === 'Finding');
      const expected = paragraphsOf(file).flatMap((p) => p.findings);
      expect(findings.map((f) => ({ id: f.props['id'], text: textOf(f) }))).toEqual(
        expected.map(({ id, text }) => ({ id, text })),
      );
    },
  );

  it.each(mdxFiles.map((f) => [f.path, f] as const))(
    '%s: each paragraph renders as the source paragraph',
    (_, file) => {
      const paragraphs = elementsIn(render(file).tree).filter((e) => e.type === 'Paragraph');
      const expected = paragraphsOf(file);
      expect(paragraphs.map(paragraphTextOf)).toEqual(expected.map(paragraphText));
      expect(paragraphs.map((p) => p.props['section'])).toEqual(expected.map((p) => p.section));
    },
  );

  it.each(mdxFiles.map((f) => [f.path, f] as const))('%s: nothing in the text is evaluated', (_, file) => {
    const { exports, tree } = render(file);
    // No import or export ran, and the only elements are the generator's own: no link, emphasis, code,
    // heading, HTML tag or Markdown paragraph made out of the source's characters.
    expect(exports).toEqual(['default']);
    const elements = elementsIn(tree);
    const types = elements.map((e) => e.type);
    // A list paragraph adds its list, its items and each item's marker span, the generator's own too.
    const own = [
      FRAGMENT,
      'Finding',
      'Paragraph',
      ...(doc.paragraphs.some((p) => p.list) ? ['ul', 'li'] : []),
    ];
    const markers = elements.filter((e) => e.type === 'span');
    expect(markers.map((e) => [e.props['className'] ?? e.props['class'], textOf(e)])).toEqual(
      markers.map(() => ['list-marker', '•']),
    );
    expect(types.filter((type) => ![...own, 'span'].includes(type))).toEqual([]);
    expect(types).toContain('Finding');
  });

  it.each(mdxFiles.map((f) => [f.path, f] as const))('%s: frontmatter reads back exactly', (_, file) => {
    const frontmatter = frontmatterOf(file);
    const paragraphs = paragraphsOf(file);
    expect(frontmatter['document']).toBe(doc.meta.slug);
    expect(frontmatter['findings']).toEqual(paragraphs.flatMap((p) => p.findings.map((f) => f.id)));
    const section = frontmatter['section'] as keyof typeof SECTION_TEXT | undefined;
    if (section !== undefined) {
      expect(frontmatter['title']).toBe(SECTION_TEXT[section].label);
      expect(frontmatter['description']).toBe(withoutListMarker(paragraphs[0]?.findings[0]?.text ?? ''));
    }
  });

  it('starts every file with a comment naming the generator and the seed', () => {
    for (const file of allMdx) {
      expect(file.contents.split('\n').slice(0, 2)).toEqual([
        '---',
        `# generated by src/integrations/seeds from tests/fixtures/${seed}; do not edit`,
      ]);
    }
  });
});

describe('the hostile fixture', () => {
  const text = readFileSync(path.join(FIXTURES, 'refworld/markup-characters/input.txt'), 'utf8');

  it.each([
    '{1 + 1}',
    '<b>bold</b>',
    '<script>alert(1)</script>',
    'import fs from "node:fs";',
    'export const total = 1;',
    '`backticks`',
    '| pipes |',
    '# Not a heading',
    '*not emphasis*',
    '_nor this_',
    '&amp;',
    '{/* a comment */}',
    '[the act](http://example.org/act)',
    'info@example.org',
  ])('has a sentence holding %s', (snippet) => {
    const sentences = buildDocument(text, 'input.txt').paragraphs.flatMap((p) =>
      p.findings.map((f) => f.text),
    );
    expect(sentences.some((s) => s.includes(snippet))).toBe(true);
  });
});
