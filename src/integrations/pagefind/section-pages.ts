import { loadSeeds } from '../seeds/load-seeds.ts';
import { presentSections } from '../../model/refworld/queries.ts';
import { documentPath } from '../../publish/urls.ts';

/** The URL paths of every section page the seeds in `seedsDir` make: what search indexes. */
export async function sectionPagePaths(seedsDir: string, root: string): Promise<string[]> {
  const seeds = await loadSeeds(seedsDir, root);
  return seeds.flatMap(({ document }) =>
    presentSections(document).map((section) => documentPath(document.meta.slug, section)),
  );
}
