// Ties the memory samples of a build to its phases: each log line arrives at a known time, and a line that
// opens a phase (Astro's "Syncing content", "Building static entrypoints", "generating static routes", its
// final "✓ Completed") starts it; a phase's peak is the largest tree sample between its start and the next.

/** One sample of the build's whole process tree. */
export interface MemorySample {
  /** Milliseconds since the build started. */
  ms: number;
  bytes: number;
}

/** A log line and when it arrived, in milliseconds since the build started. */
export interface LogMark {
  ms: number;
  line: string;
}

/** One phase of a build: how long it took and the largest memory of the process tree during it. */
export interface PhasePeak {
  name: string;
  seconds: number;
  peakBytes: number;
}

/** The line that opens each phase after the first, in build order (Astro 7's log, this site's and the others'). */
const OPENERS: readonly { name: string; opens: (line: string) => boolean; after?: string }[] = [
  { name: 'content sync', opens: (l) => l.includes('[content] Syncing content') },
  { name: 'bundling (Vite)', opens: (l) => l.includes('Building static entrypoints') },
  { name: 'page rendering', opens: (l) => l.includes('generating static routes') },
  {
    name: 'after the pages (build:done hooks, Pagefind)',
    // Astro prints "[build] ✓ Completed in" after collecting build info too: only the one after rendering counts.
    opens: (l) => /\[build\] ✓ Completed in/.test(l),
    after: 'page rendering',
  },
];
/** The phase before the first opener: config, integrations' setup (this site parses its seeds there). */
const FIRST = 'start and setup';

/**
 * The phases of a build from its log marks and memory samples. A phase whose opener never appears is
 * left out; each opener counts from its first appearance after the previous phase began.
 */
export function phasePeaks(
  marks: readonly LogMark[],
  samples: readonly MemorySample[],
  endMs: number,
): PhasePeak[] {
  const starts: { name: string; ms: number }[] = [{ name: FIRST, ms: 0 }];
  let next = 0;
  for (const mark of marks) {
    for (let k = next; k < OPENERS.length; k += 1) {
      const opener = OPENERS[k];
      const ready = opener?.after === undefined || starts.some((s) => s.name === opener.after);
      if (ready && opener?.opens(mark.line)) {
        starts.push({ name: opener.name, ms: mark.ms });
        next = k + 1;
        break;
      }
    }
  }
  return starts.map((start, i) => {
    const end = starts[i + 1]?.ms ?? endMs;
    const peak = samples
      .filter((s) => s.ms >= start.ms && s.ms <= end)
      .reduce((max, s) => Math.max(max, s.bytes), 0);
    return { name: start.name, seconds: (end - start.ms) / 1000, peakBytes: peak };
  });
}
