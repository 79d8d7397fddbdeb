import { transform } from '@astrojs/compiler-rs';

const scopes = new Map<string, string>();

/**
 * The scope Astro's compiler gives a component with scoped styles at `component` (its
 * `data-astro-cid-*` attribute), asked of that compiler: it follows from the component's path alone. The
 * finding HTML keeps the attributes its components wrote when they were `.astro` files, so that it stays
 * byte for byte what it was, and CopyLink.astro's scoped styles still match its link.
 * @param component the path from the project root, `src/components/links/CopyLink.astro`
 */
export function astroScope(component: string): string {
  let scope = scopes.get(component);
  if (scope === undefined) {
    scope = transform('', { filename: component, normalizedFilename: `/${component}` }).scope;
    scopes.set(component, scope);
  }
  return scope;
}
