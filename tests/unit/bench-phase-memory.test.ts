// The benchmark ties its memory samples to the phases of a build: each phase's peak is the largest sample
// between the log line that opens it and the next phase's, and Astro's early "✓ Completed" (after
// collecting build info) does not end the build.
import { expect, it } from 'vitest';
import { phasePeaks } from '../../bench/phase-memory.ts';

it("gives each phase of a build the largest memory sample between its opening log line and the next's", () => {
  const log = [
    '[seeds] 3 seeds',
    '[content] Syncing content',
    '[build] ✓ Completed in 7.89s.',
    '[build] Building static entrypoints...',
    ' generating static routes ',
    '[build] ✓ Completed in 18.11s.',
    '[pagefind] indexed 265 pages',
  ];
  const marks = log.map((line, i) => ({ ms: (i + 1) * 1000, line }));
  const samples = [500, 1500, 2500, 3500, 4500, 5500, 6500, 7500].map((ms) => ({ ms, bytes: ms * 10 }));
  const phases = phasePeaks(marks, samples, 8000);
  expect(phases.map((p) => [p.name, p.seconds, p.peakBytes])).toEqual([
    ['start and setup', 2, 15_000],
    ['content sync', 2, 35_000],
    ['bundling (Vite)', 1, 45_000],
    ['page rendering', 1, 55_000],
    ['after the pages (build:done hooks, Pagefind)', 2, 75_000],
  ]);
});
