import { REFWORLD } from './rules/format.ts';

/** A paragraph cut into sentences, with the whitespace between them as written. */
export interface Split {
  sentences: string[];
  /** separators[i] sits between sentences[i] and sentences[i + 1]. */
  separators: string[];
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const abbreviations = new Set<string>(REFWORLD.abbreviations);

/** True when the sentence's last word is an abbreviation that cannot end a sentence. */
function endsWithAbbreviation(sentence: string): boolean {
  const lastWord = sentence.split(/\s+/).at(-1) ?? '';
  // Strip opening punctuation so "(U.S." and "“e.g." still count.
  return abbreviations.has(lastWord.replace(/^[("'“‘[]+/, ''));
}

/**
 * Splits a paragraph into sentences with Intl.Segmenter, then rejoins breaks
 * that follow an abbreviation ("U.S.", "No.", "e.g.") or that have no
 * whitespace after them (the segmenter breaks "!" before "[" or "("). Joining
 * the sentences with their separators gives back the paragraph exactly.
 */
export function splitFindings(paragraph: string): Split {
  const sentences: string[] = [];
  const separators: string[] = [];
  for (const { segment } of segmenter.segment(paragraph)) {
    const text = segment.trimEnd();
    const gap = segment.slice(text.length);
    const previous = sentences.at(-1);
    const noGap = separators.at(-1) === '';
    if (previous !== undefined && (text === '' || noGap || endsWithAbbreviation(previous))) {
      sentences[sentences.length - 1] = previous + (separators.pop() ?? '') + text;
      separators.push(gap);
      continue;
    }
    sentences.push(text);
    separators.push(gap);
  }
  separators.pop();
  return { sentences, separators };
}
