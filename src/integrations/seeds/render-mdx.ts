import { mdxToHast, type HastNode } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { element, escapeText, type Html, type HtmlComponent } from '../../components/finding/finding-html.ts';

/** A generated MDX file, read: its frontmatter and its body rendered to HTML. */
export interface RenderedMdx {
  frontmatter: Record<string, unknown>;
  html: Html;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A node of the tree satteri gives, read as the few shapes the generator writes. */
interface Node {
  type: string;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/**
 * The generator writes no code but string literals (`{" "}`, a link-like word): its value, as the
 * expression evaluates. Anything else is not the generator's and stops the build.
 */
function literal(expression: string, file: string): string {
  const value: unknown = JSON.parse(expression);
  if (typeof value !== 'string')
    throw new Error(`${file}: expected only string literals, got {${expression}}`);
  return value;
}

/** Renders one node: the generator's elements through `components`, text and literals escaped. */
function renderNode(node: Node, components: Record<string, HtmlComponent>, file: string): Html {
  switch (node.type) {
    case 'text':
      return escapeText(node.value ?? '');
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return escapeText(literal(node.value ?? '""', file));
    case 'element':
      // Markdown's own blocks (a list paragraph's <ul> and <li>), which the generator writes without attributes.
      if (Object.keys(node.properties ?? {}).length > 0)
        throw new Error(`${file}: expected no attributes on <${node.tagName ?? ''}>`);
      return element(node.tagName ?? '', {}, renderChildren(node, components, file));
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const props: Record<string, string> = {};
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || a.name === undefined || typeof a.value !== 'string')
          throw new Error(`${file}: <${name}> expected only string attributes`);
        props[a.name] = a.value;
      }
      const children = renderChildren(node, components, file);
      // A lower-case name is an HTML element, as in JSX; anything else must be one of the components.
      if (/^[a-z]/.test(name)) return element(name, props, children);
      const component = components[name];
      if (!component) throw new Error(`${file}: no component for <${name}>`);
      return component(props, children);
    }
    default:
      throw new Error(`${file}: expected only the generator's elements, got a ${node.type} node`);
  }
}

function renderChildren(node: Node, components: Record<string, HtmlComponent>, file: string): Html {
  return (node.children ?? []).map((child) => renderNode(child, components, file)).join('');
}

/**
 * Reads a generated MDX file (src/integrations/seeds/to-mdx.ts) with the MDX compiler Astro's MDX
 * integration uses (satteri), and renders its body with `components`. Only what the generator writes is accepted: its elements, text and string literals.
 * @param file the file's path, named in an error
 */
export function renderMdx(
  source: string,
  components: Record<string, HtmlComponent>,
  file: string,
): RenderedMdx {
  const match = FRONTMATTER.exec(source);
  const frontmatter = (match ? parseYaml(match[1] ?? '') : {}) as Record<string, unknown>;
  const tree = mdxToHast(match ? source.slice(match[0].length) : source, { position: false }) as HastNode &
    Node;
  return { frontmatter, html: renderChildren(tree, components, file) };
}
