// Ends a run with one plain line that CI reads, e.g. `vitest: 12 passed, 0 failed, 1 skipped`.
import type { Reporter, TestModule, TestRunEndReason, Vitest } from 'vitest/node';

/** Counts tests across all modules; a module that failed outside any test (import, hook) counts as one failure. */
export function summarize(
  modules: ReadonlyArray<TestModule>,
  unhandledErrors: number,
  runFailed = false,
): string {
  let passed = 0;
  let failed = unhandledErrors;
  let skipped = 0;
  for (const module of modules) {
    let failedHere = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed++;
      else if (state === 'failed') failedHere++;
      else if (state === 'skipped') skipped++;
    }
    failed += failedHere === 0 && module.state() === 'failed' ? 1 : failedHere;
  }
  if (runFailed && failed === 0) failed = 1;
  return `vitest: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/** Prints the summary line after every other reporter has finished. */
export default class SummaryReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
    reason: TestRunEndReason,
  ): void {
    // A run that failed with no failing test (no test files found, a config error) still reports a failure.
    const line = summarize(modules, unhandledErrors.length, reason === 'failed');
    if (this.vitest) this.vitest.logger.log(`\n${line}`);
    else process.stdout.write(`\n${line}\n`);
  }
}
