// The URL contract reads each document's finding ids from its built assessment.json through the schema the
// file is written with, so a file of another shape stops it with one line naming the file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsByPage } from '../../contract/contract.ts';
import { ROOT } from '../../tooling/paths.ts';

const DIST = path.join(ROOT, 'tests/fixtures/bad-assessment');

describe('findingsByPage', () => {
  it('rejects an assessment.json that is not the export schema, naming the file and the field', async () => {
    await expect(findingsByPage(DIST, ['/china-2010/assessment.json'])).rejects.toThrow(
      /^.*bad-assessment\/china-2010\/assessment\.json: \w+(\.\w+)*: .+$/,
    );
  });
});
