// Golden fixtures of the real series' layouts: tests/fixtures/eras/<country>-<year>-<series>.txt is a short
// export with made-up sentences in the layout Refworld gives that era, and the .json beside it the Document
// that buildDocument makes of it (title, year, tier or special case, sections in order, the findings).
// The folder is also a seeds folder: the build test builds all of it as one archive.
//
// To rewrite every expected .json from the current code, on purpose:
//   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/eras-golden.test.ts
// then read the diff of each .json before committing it: a wrong expectation means wrong code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../support/golden.ts';
import { buildDocument, presentSections } from '../../src/model/refworld/index.ts';
import { headingSection } from '../../src/model/refworld/parse-refworld.ts';
import { SERIES } from '../../src/model/refworld/rules/series.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ERAS = path.join(ROOT, 'tests/fixtures/eras');

const eras = readdirSync(ERAS)
  .filter((name) => name.endsWith('.txt'))
  .sort();

const read = (era: string) => {
  const input = path.join(ERAS, era);
  return buildDocument(readFileSync(input, 'utf8'), path.relative(ROOT, input));
};

describe('era fixtures', () => {
  it('has an export for every layout of the series', () => {
    expect(eras.length).toBeGreaterThanOrEqual(8);
  });

  it.each(eras)('%s reads to its golden model', (era) => {
    const expectedFile = path.join(ERAS, era.replace(/\.txt$/, '.json'));
    const doc = read(era);
    // The golden file holds the model and the sections a reader sees, in the order the site lists them.
    expectGolden(expectedFile, { sections: presentSections(doc), document: doc });
  });

  it.each(eras)('%s publishes no tier line or heading line as a finding', (era) => {
    const doc = read(era);
    const texts = doc.paragraphs.flatMap((p) => p.findings.map((f) => f.text));
    const sections = SERIES[doc.meta.series].sections;
    const lines = readFileSync(path.join(ERAS, era), 'utf8').split('\n');
    const headings = lines.filter((line) => headingSection(line, sections) !== undefined);
    const tierLine = doc.tier?.stated === 'tier-line' ? [doc.tier.text] : [];
    if (doc.meta.series === 'annual-report') expect(tierLine).toHaveLength(1);
    for (const line of [...tierLine, ...headings]) {
      expect(
        texts.filter((t) => t.includes(line.trim())),
        line,
      ).toEqual([]);
    }
  });
});
