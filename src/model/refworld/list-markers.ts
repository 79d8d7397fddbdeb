import {
  LIST_MARKERS,
  NOT_BEFORE_LIST_MARKERS,
  entriesOf,
  type ListMarkerRule,
} from './rules/segmentation.ts';

const RULES: readonly ListMarkerRule[] = entriesOf(LIST_MARKERS);
const referenceWords = new Set(NOT_BEFORE_LIST_MARKERS.entries);
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** A list marker found in a paragraph. */
interface Marker {
  start: number;
  rule: ListMarkerRule;
  /** The marker's places in each counting it could belong to ("i" is letter 9 or roman 1). */
  ordinals: Map<string, number>;
  /** True when a capital letter opens the item, so the item is a sentence of its own. */
  capitalAfter: boolean;
}

/** Where a marker's value could sit: "3" → number 3, "c" → letter 3, "iv" → roman 4. */
function ordinals(value: string): Map<string, number> {
  const places = new Map<string, number>();
  if (/^\d+$/u.test(value)) places.set('number', Number(value));
  if (/^[a-z]$/u.test(value)) places.set('lower', value.charCodeAt(0) - 96);
  if (/^[A-Z]$/u.test(value)) places.set('upper', value.charCodeAt(0) - 64);
  const roman = ROMAN.indexOf(value);
  if (roman >= 0) places.set('roman', roman + 1);
  return places;
}

/** True when `next` counts one on from `previous` in some counting they share. */
function continues(previous: Marker, next: Marker): boolean {
  return [...next.ordinals].some(([kind, place]) => previous.ordinals.get(kind) === place - 1);
}

/** The marker that starts exactly at `at`, followed by whitespace, if any. */
function markerAt(text: string, at: number): Marker | undefined {
  for (const rule of RULES) {
    const { pattern, numbered } = rule;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match || !/\s/u.test(text[pattern.lastIndex] ?? '')) continue;
    const rest = text.slice(pattern.lastIndex).trimStart();
    return {
      start: at,
      rule,
      ordinals: numbered ? ordinals(match[1] ?? '') : new Map(),
      capitalAfter: /^["“‘(]?\p{Lu}/u.test(rest),
    };
  }
  return undefined;
}

/** True when the word before `at` names what the number refers to ("Article 2."), so no list marker is there. */
function isReference(text: string, at: number): boolean {
  const word = /([\p{L}]+)\.?\s+$/u.exec(text.slice(0, at))?.[1] ?? '';
  return referenceWords.has(word.toLowerCase());
}

/** True when a list of a dotted or half-bracketed style may start at `at`. */
function mayStartList(text: string, at: number): boolean {
  return /(?:^|[:;.!?]["”’)]*)\s*$/u.test(text.slice(0, at));
}

/**
 * Offsets where a sentence must start because a list item starts there: each
 * bullet, and each marker of a counted list ("(1) … (2) …", "a. … b. …") whose
 * item opens with a capital. The first marker of a paragraph needs no cut.
 */
export function listItemStarts(text: string): number[] {
  const cuts = new Set<number>();
  const open = new Map<string, Marker>();
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && !/\s/u.test(text[at - 1] ?? '')) continue;
    const marker = markerAt(text, at);
    if (!marker || (marker.rule.notAfterReference && isReference(text, at))) continue;
    if (marker.ordinals.size === 0) {
      if (marker.capitalAfter) cuts.add(at);
      continue;
    }
    const previous = open.get(marker.rule.style);
    if (previous && continues(previous, marker)) {
      if (previous.capitalAfter && marker.capitalAfter) cuts.add(previous.start).add(at);
      open.set(marker.rule.style, marker);
    } else if (marker.rule.startsAnywhere || mayStartList(text, at)) {
      open.set(marker.rule.style, marker);
    }
  }
  cuts.delete(0);
  return [...cuts];
}

/** True when `text` is nothing but a list marker ("1.", "(b)", "• 9."), which never stands alone. */
export function isListMarker(text: string): boolean {
  return RULES.some(({ pattern }) => {
    pattern.lastIndex = 0;
    return pattern.exec(text)?.[0].length === text.length;
  });
}
