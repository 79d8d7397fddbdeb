// Three projects: pure unit tests, checks on the built HTML in dist/, and Chromium tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Keep Vitest's default output and end every run with one `vitest: N passed, N failed` line.
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium and one built site at a time: files run one after another.
          fileParallelism: false,
          // A browser on a busy machine can take seconds to load search; a poll waits for it, a pass is still a pass.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
