// Golden fixtures: one folder per quirk of the Refworld format under tests/fixtures/refworld/<quirk>/,
// holding input.txt (an export written to show that quirk) and expected.json (the Document that
// buildDocument makes of it).
//
// To rewrite every expected.json from the current code, on purpose:
//   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/golden.test.ts
// then read the diff of each expected.json before committing it: a wrong expectation means wrong code.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/lib/refworld/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLDEN = path.join(ROOT, 'tests/fixtures/refworld');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

const quirks = readdirSync(GOLDEN, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('golden fixtures', () => {
  it('has one folder per quirk, each with its input', () => {
    expect(quirks.length).toBeGreaterThan(0);
    for (const quirk of quirks) expect(existsSync(path.join(GOLDEN, quirk, 'input.txt')), quirk).toBe(true);
  });

  it.each(quirks)('%s', (quirk) => {
    const input = path.join(GOLDEN, quirk, 'input.txt');
    const expectedFile = path.join(GOLDEN, quirk, 'expected.json');
    const actual = buildDocument(readFileSync(input, 'utf8'), path.relative(ROOT, input));
    if (UPDATE) {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    if (!existsSync(expectedFile)) {
      throw new Error(
        `${path.relative(ROOT, expectedFile)} is missing: run with UPDATE_GOLDEN=1 to write it`,
      );
    }
    // Compared as data, so the file's formatting is free; a difference shows field by field.
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
