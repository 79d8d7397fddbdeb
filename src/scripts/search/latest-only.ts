/**
 * One call at a time, and of the calls made meanwhile only the latest: what typing needs of a search that
 * takes longer than a keystroke. Pagefind answers searches in the order they were asked, each in full, so
 * without this every keystroke's search queues behind the one before and the last word's answer comes after
 * all of them. Pure: no DOM, no Pagefind.
 */

/**
 * Wraps `run` so that while one call runs, a new call waits; a call overtaken by a newer one before it
 * started resolves with `null` without running. A running call is never cut short. `delay` (ms, by the
 * call's arguments) holds a call back before it starts, so that a newer one can overtake it meanwhile.
 */
export function latestOnly<A extends unknown[], R>(
  run: (...args: A) => Promise<R>,
  delay: (...args: A) => number = () => 0,
): (...args: A) => Promise<R | null> {
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting:
    | { args: A; notBefore: number; resolve: (value: R | null) => void; reject: (error: unknown) => void }
    | undefined;

  const next = (): void => {
    clearTimeout(timer);
    if (running || !waiting) return;
    const early = waiting.notBefore - Date.now();
    if (early > 0) {
      timer = setTimeout(next, early);
      return;
    }
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
      waiting = { args, notBefore: Date.now() + delay(...args), resolve, reject };
      next();
    });
}
