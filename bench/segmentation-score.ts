// `npm run bench:segmentation`: the sentence-boundary suite's score with the project's splitter and with
// bare Intl.Segmenter, by class, and the cases each gets wrong, so a regression shows as a number.
// A measurement, not a test: tests/unit/segmentation-suite.test.ts is the gate.
import { splitFindings } from '../src/model/refworld/split-findings.ts';
import {
  failures,
  intlSentences,
  loadSegmentationCases,
  type SegmentationCase,
} from '../tooling/segmentation-cases.ts';

const cases = loadSegmentationCases();
const splitters: [string, (text: string) => string[]][] = [
  ['project splitter', (text) => splitFindings(text).sentences],
  ['bare Intl.Segmenter', intlSentences],
];

const percent = (passed: number, total: number): string => `${((100 * passed) / total).toFixed(1)}%`;
const classes = [...new Set(cases.map((c) => c.class))];

for (const [name, split] of splitters) {
  const failed = failures(cases, split);
  const failedCases = new Set<SegmentationCase>(failed.map((f) => f.case));
  const passed = cases.length - failed.length;
  console.log(`\n${name}: ${passed}/${cases.length} (${percent(passed, cases.length)})`);
  for (const cls of classes) {
    const inClass = cases.filter((c) => c.class === cls);
    const ok = inClass.filter((c) => !failedCases.has(c)).length;
    console.log(`  ${cls.padEnd(18)} ${ok}/${inClass.length}`);
  }
  for (const { case: c, got } of failed) {
    console.log(
      `  FAIL [${c.class}] ${c.name}\n    expected ${JSON.stringify(c.sentences)}\n    got      ${JSON.stringify(got)}`,
    );
  }
}
