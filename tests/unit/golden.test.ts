// Golden fixtures: one folder per quirk of the Refworld format under tests/fixtures/refworld/<quirk>/,
// holding input.txt (an export written to show that quirk) and expected.json (the Document that
// buildDocument makes of it).
//
// To rewrite every expected.json from the current code, on purpose:
//   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/golden.test.ts
// then read the diff of each expected.json before committing it: a wrong expectation means wrong code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../support/golden.ts';
import { buildDocument } from '../../src/model/refworld/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLDEN = path.join(ROOT, 'tests/fixtures/refworld');

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
    expectGolden(expectedFile, buildDocument(readFileSync(input, 'utf8'), path.relative(ROOT, input)));
  });
});
