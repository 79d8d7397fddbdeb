// The sentence-boundary suite (tests/fixtures/segmentation/cases.yaml): one test per case, named after
// what it checks; each must give its sentences and rebuild its text from them and the whitespace between.
import { describe, expect, it } from 'vitest';
import * as rules from '../../src/model/refworld/rules/segmentation.ts';
import { splitFindings } from '../../src/model/refworld/split-findings.ts';
import { loadSegmentationCases } from '../../tooling/segmentation-cases.ts';

const cases = loadSegmentationCases();

describe('sentence-boundary suite', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  describe.each([...new Set(cases.map((c) => c.class))])('%s', (cls) => {
    it.each(cases.filter((c) => c.class === cls))('$name', ({ text, sentences }) => {
      const split = splitFindings(text);
      expect(split.sentences).toEqual(sentences);
      expect(split.sentences.map((s, i) => s + (split.separators[i] ?? '')).join('')).toBe(text);
      for (const separator of split.separators) expect(separator).toMatch(/^\s+$/u);
    });
  });
});

describe('segmentation rules', () => {
  const groups = Object.entries(rules)
    .filter(([, value]) => typeof value === 'object')
    .flatMap(([name, value]) =>
      (Array.isArray(value) ? value : 'reason' in value ? [value] : Object.values(value)).map((group) => ({
        name,
        group: group as rules.RuleGroup<unknown>,
      })),
    );

  it.each(groups)('$name: $group.reason', ({ group }) => {
    expect(group.reason).toMatch(/^\S.{10,}$/u);
    expect(group.entries.length).toBeGreaterThan(0);
  });
});
