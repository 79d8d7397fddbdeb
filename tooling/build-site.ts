// Runs a real `astro build` of the project: of a given seeds folder into .output/<name>/, or with any env.
import { rm } from 'node:fs/promises';
import { buildEnv, buildFolders, type BuildFolders, type SiteBuild } from './build-env.ts';
import { runBin, tail, type RunResult } from './run.ts';

/** What a build printed and how it exited. */
export type BuildResult = RunResult;

/** Runs `astro build` in the project root with extra `env` (undefined unsets) and never throws on failure. */
export function runBuild(env: Record<string, string | undefined> = {}): Promise<BuildResult> {
  return runBin('astro', ['build'], env);
}

/** Options of a named build: `fresh` first removes what an earlier build of that name wrote. */
export type SiteBuildOptions = SiteBuild & { fresh?: boolean };

/** Builds `build` into `.output/<name>/` and returns the result with its folders; never throws on failure. */
export async function tryBuildSite(build: SiteBuildOptions): Promise<BuildResult & BuildFolders> {
  const folders = buildFolders(build.name);
  if (build.fresh) {
    // Seeds and redirects a fixture wrote into .output/<name>/ stay; only the build's own output goes.
    await Promise.all(
      [folders.dist, folders.generated, folders.cache].map((dir) =>
        rm(dir, { recursive: true, force: true }),
      ),
    );
  }
  return { ...(await runBuild(buildEnv(build))), ...folders };
}

/**
 * Builds `build` into `.output/<name>/dist` and returns that folder's absolute path.
 * @throws Error with the tail of the build's output if the build fails
 */
export async function buildSite(build: SiteBuildOptions): Promise<string> {
  const result = await tryBuildSite(build);
  if (result.code !== 0) {
    throw new Error(
      `astro build of "${build.name}" (seeds ${build.seedsDir}) exited with ${result.code}.\n` +
        `--- stderr (tail) ---\n${tail(result.stderr)}\n--- stdout (tail) ---\n${tail(result.stdout)}`,
    );
  }
  return result.dist;
}
