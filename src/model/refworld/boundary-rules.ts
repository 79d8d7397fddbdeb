import { isListMarker, listItemStarts } from './list-markers.ts';
import {
  ELLIPSES,
  MAY_END_ABBREVIATIONS,
  MAY_END_PATTERNS,
  MISSED_BREAKS,
  NEVER_ENDING_ABBREVIATIONS,
  PAIRS,
  SENTENCE_STARTERS,
  entriesOf,
} from './rules/segmentation.ts';

const neverEnding = new Set(entriesOf(NEVER_ENDING_ABBREVIATIONS));
const mayEnd = new Set(entriesOf(MAY_END_ABBREVIATIONS));
const mayEndPatterns = entriesOf(MAY_END_PATTERNS);
const starters = new Set(entriesOf(SENTENCE_STARTERS));
const OPENERS = /^["“‘'([]+/u;

/** Offsets just after each match of `pattern` and the whitespace after it. */
function afterEach(text: string, pattern: RegExp): number[] {
  const source = new RegExp(`(?:${pattern.source})\\s+`, 'gu');
  return [...text.matchAll(source)].map((match) => match.index + match[0].length);
}

/**
 * Breaks that a segmenter misses (`MISSED_BREAKS`) and list items' starts. Each
 * still has to pass `keepBreak`, except list items, which always stand.
 */
function extraBreaks(text: string): { breaks: number[]; forced: Set<number> } {
  const forced = new Set(listItemStarts(text));
  const missed = entriesOf(MISSED_BREAKS).flatMap((pattern) => afterEach(text, pattern));
  return { breaks: [...missed, ...forced], forced };
}

/** True when `at` sits inside a pair of quotes or brackets that closes later in the text. */
function insidePair(text: string, at: number): boolean {
  return PAIRS.entries.some(([open, close]) => {
    let depth = 0;
    for (const char of text.slice(0, at)) {
      if (open === close && char === open) depth = depth === 0 ? 1 : 0;
      else if (char === open) depth++;
      else if (char === close) depth = Math.max(0, depth - 1);
    }
    return depth > 0 && text.indexOf(close, at) >= 0;
  });
}

/** The first word after a break, opening quotes and brackets removed. */
function nextWord(text: string, at: number): string {
  return /^[\p{L}\p{N}]*/u.exec(text.slice(at).replace(OPENERS, ''))?.[0] ?? '';
}

/** The last word before a break, opening quotes and brackets removed ("(e.g." → "e.g."). */
function lastWord(before: string): string {
  return (before.split(/\s+/u).at(-1) ?? '').replace(OPENERS, '');
}

/** True when the abbreviation or ellipsis before a break may end a sentence only before a sentence starter. */
function endsConditionally(before: string, word: string): boolean {
  return (
    mayEnd.has(word) ||
    mayEndPatterns.some((pattern) => pattern.test(word)) ||
    ELLIPSES.omission.entries.some((pattern) => pattern.test(before))
  );
}

/** Whether a break at `at`, with `before` the sentence so far, is a real sentence end. */
function keepBreak(text: string, at: number, before: string): boolean {
  // No whitespace, no break: the text between findings must be whitespace, as the segmenter breaks "![".
  if (!/\s/u.test(text[at - 1] ?? '')) return false;
  if (before === '' || isListMarker(before)) return false;
  if (insidePair(text, at)) return false;
  const next = nextWord(text, at);
  if (/^\p{Ll}/u.test(next)) return false;
  if (ELLIPSES.ending.entries.some((pattern) => pattern.test(before))) return true;
  const word = lastWord(before);
  if (neverEnding.has(word)) return false;
  if (endsConditionally(before, word)) return starters.has(next);
  return true;
}

/**
 * Decides where sentences start in `text`, given the breaks a segmenter
 * proposed (offsets where a segment starts, after its whitespace). Rejoins
 * breaks the rules reject and adds the ones they require; see
 * `rules/segmentation.ts` for the rules and their reasons.
 */
export function decideBreaks(text: string, proposed: readonly number[]): number[] {
  const { breaks, forced } = extraBreaks(text);
  const candidates = [...new Set([...proposed, ...breaks])]
    .filter((at) => at > 0 && at < text.length)
    .sort((a, b) => a - b);
  const kept: number[] = [];
  for (const at of candidates) {
    const before = text.slice(kept.at(-1) ?? 0, at).trimEnd();
    const isForced = forced.has(at) && /\s/u.test(text[at - 1] ?? '') && before !== '';
    if (isForced || keepBreak(text, at, before)) kept.push(at);
  }
  return kept;
}
