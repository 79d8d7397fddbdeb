/** Rules of the Refworld plain-text export format that are data, not logic. */
export const REFWORLD = {
  /** Lines of page chrome after the document; everything from the first one on is dropped. */
  chromeLines: ['Search Refworld'],
  /** Abbreviations after which a sentence never ends, even before a capital letter. */
  abbreviations: [
    'U.S.',
    'U.N.',
    'U.K.',
    'E.U.',
    'Dr.',
    'Mr.',
    'Mrs.',
    'Ms.',
    'No.',
    'Nos.',
    'Art.',
    'Arts.',
    'e.g.',
    'i.e.',
    'etc.',
    'cf.',
    'vs.',
    'St.',
    'Gen.',
    'Gov.',
    'Jan.',
    'Feb.',
    'Aug.',
    'Sept.',
    'Oct.',
    'Nov.',
    'Dec.',
  ],
  /** How many words of a sentence its readable id starts with. */
  findingIdWords: 6,
} as const;
