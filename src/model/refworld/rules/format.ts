/** Rules of the Refworld plain-text export format that are data, not logic. */
export const REFWORLD = {
  /** Lines of page chrome after the document; everything from the first one on is dropped. */
  chromeLines: ['Search Refworld'],
  /** How many words of a sentence its readable id starts with. */
  findingIdWords: 6,
} as const;
