/**
 * A value computed once per build and shared by every page that asks for it, so that a page's cost does
 * not grow with the archive. `astro dev` computes it on each call, since the seeds change under it.
 */
export function oncePerBuild<T>(make: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (cached ??= make()));
}
