import { decideBreaks } from './boundary-rules.ts';

/** A paragraph cut into sentences, with the whitespace between them as written. */
export interface Split {
  sentences: string[];
  /** separators[i] sits between sentences[i] and sentences[i + 1]. */
  separators: string[];
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Offsets where `Intl.Segmenter` starts a sentence after the first: the breaks the rules then judge. */
export function segmenterBreaks(text: string): number[] {
  return [...segmenter.segment(text)].map(({ index }) => index).filter((index) => index > 0);
}

/** Cuts `text` at the given offsets, each piece's trailing whitespace becoming a separator. */
export function cutAt(text: string, breaks: readonly number[]): Split {
  const sentences: string[] = [];
  const separators: string[] = [];
  const edges = [0, ...breaks, text.length];
  for (let i = 0; i + 1 < edges.length; i++) {
    const piece = text.slice(edges[i], edges[i + 1]);
    const sentence = piece.trimEnd();
    sentences.push(sentence);
    separators.push(piece.slice(sentence.length));
  }
  separators.pop();
  return text === '' ? { sentences: [], separators: [] } : { sentences, separators };
}

/**
 * Splits a paragraph into sentences: `Intl.Segmenter` proposes breaks, and the
 * rules of `rules/segmentation.ts` rejoin or add breaks (abbreviations, list
 * markers, ellipses, quotations; see docs/findings.md). Joining the sentences
 * with their separators gives back the paragraph exactly.
 */
export function splitFindings(paragraph: string): Split {
  return cutAt(paragraph, decideBreaks(paragraph, segmenterBreaks(paragraph)));
}
