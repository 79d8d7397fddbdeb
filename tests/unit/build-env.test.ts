// The build recipe: a named build reads the seeds it is given and writes only under .output/<name>/.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv, buildFolders, childEnv } from '../../tooling/build-env.ts';
import { ROOT } from '../../tooling/paths.ts';

describe('buildEnv', () => {
  it('points every folder of a named build under .output/<name>/', () => {
    expect(buildEnv({ name: 'x', seedsDir: 'tests/fixtures/two-documents' })).toEqual({
      TIP_SEEDS_DIR: path.join(ROOT, 'tests/fixtures/two-documents'),
      TIP_GENERATED_DIR: '.output/x/generated',
      TIP_OUT_DIR: '.output/x/dist',
      TIP_CACHE_DIR: '.output/x/cache',
    });
    expect(buildFolders('x').dist).toBe(path.join(ROOT, '.output/x/dist'));
  });

  it('adds the redirects file only when the build has one', () => {
    const env = buildEnv({ name: 'x', seedsDir: 'seeds', redirects: '.output/x/redirects.json' });
    expect(env['TIP_REDIRECTS']).toBe(path.join(ROOT, '.output/x/redirects.json'));
  });
});

describe('childEnv', () => {
  it('drops what Vitest sets, so a child build runs as `npm run build` would', () => {
    const env = childEnv({ EXTRA: '1', HOME: undefined });
    expect(Object.keys(env).filter((key) => key.startsWith('VITEST') || key === 'NODE_ENV')).toEqual([]);
    expect(env['EXTRA']).toBe('1');
    expect(env['HOME']).toBeUndefined();
    expect(env['PATH']?.split(path.delimiter)[0]).toBe(path.join(ROOT, 'node_modules', '.bin'));
  });
});
