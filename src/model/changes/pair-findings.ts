import { ComparisonSchema, type ComparedFinding, type Comparison, type Reworded } from './schema.ts';
import { REWORDED_THRESHOLD, similarity } from './similarity.ts';
import { wordDiff } from './word-diff.ts';

/**
 * Compares the findings of an older and a newer document, putting every finding of each in exactly one
 * class. In order:
 * 1. kept: the same text, character for character; repeated texts pair in reading order;
 * 2. reworded: of what is left, every old–new pair at least `REWORDED_THRESHOLD` similar (`similarity`)
 *    is taken best first, each finding at most once; ties go to the earlier old, then the earlier new finding;
 * 3. added: new findings left over; dropped: old findings left over.
 * Sections are not compared: a finding that moved section is still kept or reworded.
 */
export function pairFindings(
  older: readonly ComparedFinding[],
  newer: readonly ComparedFinding[],
): Comparison {
  const oldLeft = new Set(older.keys());
  const newLeft = new Set(newer.keys());

  const kept: Comparison['kept'] = [];
  const byText = new Map<string, number[]>();
  older.forEach((f, i) => byText.set(f.text, [...(byText.get(f.text) ?? []), i]));
  newer.forEach((f, j) => {
    const i = byText.get(f.text)?.shift();
    if (i === undefined) return;
    kept.push({ old: older[i] as ComparedFinding, new: f });
    oldLeft.delete(i);
    newLeft.delete(j);
  });

  const candidates: { i: number; j: number; score: number }[] = [];
  for (const i of oldLeft) {
    for (const j of newLeft) {
      const score = similarity((older[i] as ComparedFinding).text, (newer[j] as ComparedFinding).text);
      if (score >= REWORDED_THRESHOLD) candidates.push({ i, j, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const reworded: Reworded[] = [];
  for (const { i, j, score } of candidates) {
    if (!oldLeft.has(i) || !newLeft.has(j)) continue;
    const o = older[i] as ComparedFinding;
    const n = newer[j] as ComparedFinding;
    reworded.push({
      old: o,
      new: n,
      similarity: Math.round(score * 1000) / 1000,
      diff: wordDiff(o.text, n.text),
    });
    oldLeft.delete(i);
    newLeft.delete(j);
  }
  // Listed in the newer document's reading order.
  const position = new Map(newer.map((f, j) => [f, j]));
  reworded.sort((a, b) => (position.get(a.new) ?? 0) - (position.get(b.new) ?? 0));

  return ComparisonSchema.parse({
    kept,
    reworded,
    added: [...newLeft].sort((a, b) => a - b).map((j) => newer[j]),
    dropped: [...oldLeft].sort((a, b) => a - b).map((i) => older[i]),
  });
}
