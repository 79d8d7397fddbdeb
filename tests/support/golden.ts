// One golden comparison for the model's fixture tests: the expected JSON beside an input, rewritten on purpose
// with UPDATE_GOLDEN=1 (then read the diff before committing it: a wrong expectation means wrong code).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/**
 * Checks `actual` against the JSON in `expectedFile`, compared as data so that the file's formatting is free
 * and a difference shows field by field; with UPDATE_GOLDEN=1 writes it instead.
 * @throws Error naming the missing file and how to write it
 */
export function expectGolden(expectedFile: string, actual: unknown): void {
  if (UPDATE) {
    writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    return;
  }
  if (!existsSync(expectedFile)) {
    throw new Error(`${path.relative(ROOT, expectedFile)} is missing: run with UPDATE_GOLDEN=1 to write it`);
  }
  expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
}
