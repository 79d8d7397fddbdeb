import { close, createIndex } from 'pagefind';

/** What to index and where to write the bundle. */
export interface BuildIndexOptions {
  /** Absolute path of the built site. */
  siteDir: string;
  /** Glob of the HTML files to index, relative to `siteDir`. */
  glob: string;
  /** Absolute path of the bundle folder to write (served as `/pagefind/`). */
  outputPath: string;
}

/** The outcome of a successful run. */
export interface BuildIndexResult {
  /** How many pages went into the index. */
  pageCount: number;
}

/** Turns Pagefind's list of error strings into one thrown Error, naming the step that failed. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind failed to ${step}:\n- ${errors.join('\n- ')}`);
  }
}

/**
 * Indexes the built pages matching `glob` with Pagefind's Node API and writes
 * its bundle (index, `pagefind.js`, UI) to `outputPath`. Any Pagefind error,
 * or a glob that matches no page, throws: a site without search must not ship.
 */
export async function buildIndex({
  siteDir,
  glob,
  outputPath,
}: BuildIndexOptions): Promise<BuildIndexResult> {
  try {
    const { index, errors } = await createIndex({});
    assertNoErrors('start', errors);
    if (!index) throw new Error('Pagefind failed to start: no index was created');

    const added = await index.addDirectory({ path: siteDir, glob });
    assertNoErrors(`index ${siteDir}`, added.errors);
    if (added.page_count === 0) {
      throw new Error(`Pagefind found no page matching "${glob}" in ${siteDir}: nothing to search`);
    }

    const written = await index.writeFiles({ outputPath });
    assertNoErrors(`write ${outputPath}`, written.errors);
    return { pageCount: added.page_count };
  } finally {
    // The Node API runs Pagefind as a child process: stop it whatever happened.
    await close();
  }
}
