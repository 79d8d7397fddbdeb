import { ComparisonSchema, type ComparedFinding, type Comparison, type Reworded } from './schema.ts';
import { REWORDED_THRESHOLD, wordCounts } from './similarity.ts';
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

  // `similarity` of every pair left, from each finding's words counted once and, for each new finding,
  // the words it shares with each old one summed through an index of the old findings' words: the same
  // integers as `similarity` divides, so the same scores, without counting every finding's words per pair.
  const counted = (f: ComparedFinding): { counts: Map<string, number>; total: number } => {
    const counts = wordCounts(f.text);
    let total = 0;
    for (const n of counts.values()) total += n;
    return { counts, total };
  };
  const oldWords = [...oldLeft].map((i) => ({ i, ...counted(older[i] as ComparedFinding) }));
  const postings = new Map<string, { i: number; n: number }[]>();
  for (const { i, counts } of oldWords)
    for (const [word, n] of counts) {
      const list = postings.get(word) ?? [];
      list.push({ i, n });
      postings.set(word, list);
    }
  const shared = new Float64Array(older.length);
  const candidates: { i: number; j: number; score: number }[] = [];
  for (const j of newLeft) {
    const b = counted(newer[j] as ComparedFinding);
    shared.fill(0);
    for (const [word, nb] of b.counts)
      for (const { i, n } of postings.get(word) ?? []) shared[i] = (shared[i] ?? 0) + Math.min(n, nb);
    for (const { i, total } of oldWords) {
      const all = total + b.total;
      const score = all === 0 ? 0 : (2 * (shared[i] ?? 0)) / all;
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
