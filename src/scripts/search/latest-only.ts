/**
 * One call at a time, and of the calls made meanwhile only the latest: what typing needs of a search that
 * takes longer than a keystroke. Pagefind's worker answers searches in the order they were asked, each in
 * full, so without this every keystroke's search queues behind the one before and the last word's answer
 * comes after all of them. Pure: no DOM, no Pagefind.
 */

/**
 * Wraps `run` so that while one call runs, a new call waits; a call overtaken by a newer one before it
 * started resolves with `null` without running. A running call is never cut short.
 */
export function latestOnly<A extends unknown[], R>(
  run: (...args: A) => Promise<R>,
): (...args: A) => Promise<R | null> {
  let running = false;
  let waiting: { args: A; resolve: (value: R | null) => void; reject: (error: unknown) => void } | undefined;

  const next = (): void => {
    if (running || !waiting) return;
    const { args, resolve, reject } = waiting;
    waiting = undefined;
    running = true;
    run(...args)
      .then(resolve, reject)
      .finally(() => {
        running = false;
        next();
      });
  };

  return (...args) =>
    new Promise<R | null>((resolve, reject) => {
      waiting?.resolve(null);
      waiting = { args, resolve, reject };
      next();
    });
}
