import { diffWords } from 'diff';
import type { DiffPart } from './schema.ts';

/**
 * A word-level diff from one sentence to another, by the `diff` package: runs the two share, and runs
 * only the old (`removed`) or only the new (`added`) has. The `same` and `removed` runs rejoin into the old
 * sentence, the `same` and `added` runs into the new one.
 */
export function wordDiff(oldText: string, newText: string): DiffPart[] {
  return diffWords(oldText, newText).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
