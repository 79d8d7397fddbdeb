/**
 * Sentence-boundary rules as data: every list the splitter consults, each group
 * with the one-line reason it exists. `docs/findings.md` says how they are used
 * and how to add one; `tests/fixtures/segmentation/cases.yaml` holds the cases
 * they must pass.
 */

/** A group of words or patterns that share one rule and one reason. */
export interface RuleGroup<T> {
  /** Why these entries behave as they do, in one line. */
  reason: string;
  /** The entries, as written in the text. */
  entries: readonly T[];
}

/**
 * Abbreviations after which a sentence never ends, even before a capital letter
 * ("Dr. Firefly", "No. 12", "Art. IV", "e.g. Osterlich"). Matched case-sensitively
 * against the last word before a break, opening brackets and quotes removed.
 */
export const NEVER_ENDING_ABBREVIATIONS: readonly RuleGroup<string>[] = [
  {
    reason: 'Titles and ranks stand before a name.',
    entries: [
      'Mr.',
      'Mrs.',
      'Ms.',
      'Dr.',
      'Prof.',
      'Rev.',
      'Hon.',
      'Gov.',
      'Sen.',
      'Rep.',
      'Amb.',
      'Pres.',
      'Gen.',
      'Lt.',
      'Col.',
      'Maj.',
      'Capt.',
      'Sgt.',
      'Adm.',
      'Cmdr.',
      'Insp.',
      'Supt.',
      'Messrs.',
    ],
  },
  {
    reason: 'Place words stand before a name.',
    entries: ['St.', 'Mt.', 'Ft.', 'Pt.'],
  },
  {
    reason: 'References stand before the number or name they introduce.',
    entries: [
      'N°.',
      'Art.',
      'Arts.',
      'p.',
      'pp.',
      'para.',
      'paras.',
      'Para.',
      'Sec.',
      'Secs.',
      'Ch.',
      'Chap.',
      'Vol.',
      'Fig.',
      'Ref.',
      'Res.',
      'Doc.',
      'Reg.',
      'ibid.',
      'Ibid.',
    ],
  },
  {
    reason: 'Latin and comparison abbreviations always continue the sentence.',
    entries: ['e.g.', 'i.e.', 'cf.', 'viz.', 'vs.', 'v.', 'approx.', 'ca.'],
  },
];

/**
 * Abbreviations that may end a sentence: the break after them stands only when
 * a sentence starter follows ("…in the U.S. The government…"), and is rejoined
 * otherwise ("U.S. Embassy", "Dec. 3", "5 p.m. Beijing time").
 */
export const MAY_END_ABBREVIATIONS: readonly RuleGroup<string>[] = [
  {
    reason: 'Country and organisation initialisms end a sentence as often as they open a name.',
    entries: ['U.S.', 'U.N.', 'U.K.', 'E.U.', 'P.R.C.', 'U.S.A.'],
  },
  {
    reason: 'Month abbreviations usually precede a day but can close a date at the end of a sentence.',
    entries: [
      'Jan.',
      'Feb.',
      'Mar.',
      'Apr.',
      'Jun.',
      'Jul.',
      'Aug.',
      'Sep.',
      'Sept.',
      'Oct.',
      'Nov.',
      'Dec.',
    ],
  },
  {
    reason: '"No." precedes a number or code ("No. 7", "No. A12") but is also the answer "No."',
    entries: ['No.', 'Nos.'],
  },
  {
    reason: 'Times and list endings close sentences too.',
    entries: ['a.m.', 'p.m.', 'etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Jr.', 'Sr.'],
  },
];

/**
 * Shapes of words that behave as may-end abbreviations though no list can
 * hold them all: initials ("J.", "J.R.R.") and dotted initialisms ("a.m.").
 */
export const MAY_END_PATTERNS: readonly RuleGroup<RegExp>[] = [
  {
    reason:
      'Initials and capital initialisms ("J.", "U.S.", "J.R.R.") precede names more often than they end sentences.',
    entries: [/^(?:\p{Lu}\.)+$/u],
  },
  {
    reason: 'Lower-case dotted initialisms ("a.m.", "p.m.") are abbreviations, not sentence ends.',
    entries: [/^(?:\p{Ll}\.){2,}$/u],
  },
];

/**
 * Words that start sentences: after a may-end abbreviation or a three-dot
 * ellipsis, one of these makes the break a real sentence end. Proper nouns are
 * left out on purpose: "U.S. Embassy" and "U.S. Agencies" continue the sentence.
 */
export const SENTENCE_STARTERS: readonly RuleGroup<string>[] = [
  {
    reason: 'Articles, pronouns and determiners that open English sentences.',
    entries: [
      'A',
      'An',
      'The',
      'This',
      'That',
      'These',
      'Those',
      'It',
      'Its',
      'He',
      'She',
      'His',
      'Her',
      'They',
      'Their',
      'We',
      'Our',
      'I',
      'There',
      'Such',
      'Some',
      'Many',
      'Most',
      'All',
      'No',
      'None',
      'Each',
      'Every',
      'Both',
      'Other',
      'Another',
    ],
  },
  {
    reason: 'Question words, conjunctions and adverbs that open sentences.',
    entries: [
      'How',
      'What',
      'When',
      'Where',
      'Which',
      'Who',
      'Why',
      'Whether',
      'If',
      'But',
      'And',
      'Yet',
      'So',
      'However',
      'Moreover',
      'Furthermore',
      'Nevertheless',
      'Meanwhile',
      'Although',
      'Though',
      'While',
      'Since',
      'Because',
      'Also',
      'Still',
      'Then',
      'Thus',
      'Instead',
    ],
  },
  {
    reason: 'Prepositions that open sentences in the reports ("In 2009, …", "According to …").',
    entries: [
      'In',
      'On',
      'At',
      'As',
      'After',
      'Before',
      'During',
      'For',
      'From',
      'Under',
      'Despite',
      'According',
    ],
  },
  {
    // Not "Government" or "Police": "U.S. Government funding" continues its sentence.
    reason: 'Subjects that open the reports’ sentences and never follow "U.S." inside a name.',
    entries: ['Authorities', 'Officials', 'Victims', 'Millions'],
  },
];

/** One shape of list marker. */
export interface ListMarkerRule {
  /** Markers of one style count up together: "(1)" is followed by "(2)", not by "2.". */
  style: string;
  /** Sticky pattern of the marker; group 1 is its value when `numbered`. */
  pattern: RegExp;
  /** True when the marker carries a value that counts (1, b, iv); false for bullets. */
  numbered: boolean;
  /** True when a list of this style may start anywhere, not only at a paragraph's start or after a colon or sentence end. */
  startsAnywhere: boolean;
  /** True when a reference word before it (`NOT_BEFORE_LIST_MARKERS`: "Article 2.") makes it a number, not a marker. */
  notAfterReference: boolean;
}

/**
 * List markers that introduce an item ("1.", "(2)", "b)", "iv.", "1.)"). A
 * marker is never a finding of its own; inside a paragraph, the sentence is cut
 * before a marker that continues a list begun earlier and is followed by a
 * capital letter. `numbered` markers carry a value the list counts up.
 */
export const LIST_MARKERS: readonly RuleGroup<ListMarkerRule>[] = [
  {
    reason: 'Bracketed markers are unambiguous, so a list may start anywhere in a paragraph.',
    entries: [
      {
        style: '(n)',
        pattern: /\((\d{1,2}|[a-z]|[ivx]{1,4})\)/uy,
        numbered: true,
        startsAnywhere: true,
        notAfterReference: false,
      },
    ],
  },
  {
    reason:
      'Dotted and half-bracketed markers open a list only at the start of a paragraph or after a colon or sentence end.',
    entries: [
      {
        style: 'n.)',
        pattern: /(\d{1,2}|[a-zA-Z]|[ivx]{1,4})\.\)/uy,
        numbered: true,
        startsAnywhere: false,
        notAfterReference: false,
      },
      {
        style: 'n)',
        pattern: /(\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)/uy,
        numbered: true,
        startsAnywhere: false,
        notAfterReference: false,
      },
    ],
  },
  {
    reason:
      'Dotted markers take lower-case letters only: "J. Smith and K. Jones" are initials, not items J and K.',
    entries: [
      {
        style: 'n.',
        pattern: /(\d{1,2}|[a-z]|[ivx]{1,4})\./uy,
        numbered: true,
        startsAnywhere: false,
        notAfterReference: true,
      },
    ],
  },
  {
    reason: 'Bullets mark an item wherever they stand, with or without a number after them.',
    entries: [
      {
        style: '•',
        pattern: /[•⁃▪◦‣](?:\s?\d{1,3}\.)?/uy,
        numbered: false,
        startsAnywhere: true,
        notAfterReference: false,
      },
    ],
  },
];

/**
 * Words that make the number after them a reference, not a list marker:
 * "under Article 2. The courts…" ends a sentence, it does not open item 2.
 * Matched case-insensitively against the word before the marker.
 */
export const NOT_BEFORE_LIST_MARKERS: RuleGroup<string> = {
  reason: 'A numbered thing named before its number is referred to, not listed.',
  entries: [
    'article',
    'articles',
    'section',
    'chapter',
    'part',
    'paragraph',
    'clause',
    'annex',
    'rule',
    'law',
    'decree',
    'resolution',
    'case',
    'tier',
    'level',
    'phase',
    'category',
    'class',
    'grade',
    'title',
    'volume',
    'page',
    'table',
    'figure',
    'item',
    'step',
    'no',
    'number',
  ],
};

/** Ellipsis rules: which forms of "…" may end a sentence, and when. Matched at the end of the text before a break. */
export const ELLIPSES = {
  ending: {
    reason: 'An ellipsis followed by a period (four dots) ends its sentence before a capital letter.',
    entries: [/(?:\.\s){3}\.$|…\.$|\.{4}$/u],
  },
  omission: {
    reason:
      'A three-dot ellipsis ("…", "...", ". . .", "[...]") marks an omission; it ends a sentence only before a sentence starter.',
    entries: [/(?:\.\s){2}\.$|\.{3}$|…$|\[(?:\.{3}|…)\]$/u],
  },
} as const satisfies Record<string, RuleGroup<RegExp>>;

/**
 * Paired punctuation: a break inside an open pair that closes later in the
 * paragraph is rejoined, so a quoted or bracketed sentence stays inside the
 * sentence that quotes it.
 */
export const PAIRS: RuleGroup<readonly [open: string, close: string]> = {
  reason: 'A sentence quoted or bracketed inside another belongs to it.',
  entries: [
    ['“', '”'],
    ['"', '"'],
    // ’ is also the apostrophe; an apostrophe outside a quotation closes nothing, as depth never drops below zero.
    ['‘', '’'],
    ['(', ')'],
    ['[', ']'],
  ],
};

/**
 * Breaks that `Intl.Segmenter` misses, proposed as well: each is matched with the
 * whitespace after it, and the break it proposes still has to pass every other rule.
 */
export const MISSED_BREAKS: readonly RuleGroup<RegExp>[] = [
  {
    reason:
      'Unicode does not count "…" or a bracketed "[...]" as a terminator, but either may end a sentence.',
    entries: [/…|\[(?:\.{3}|…)\]/u],
  },
  {
    reason: 'A footnote call such as "legal.[2]" follows the sentence it annotates, which ends after it.',
    entries: [/[.!?]["”’)]*\[\d{1,3}\]/u],
  },
  {
    reason:
      'Unicode never breaks before a numeral, but a sentence may open with one ("…freed. 47 of them…").',
    entries: [/[.!?]["”’)]*(?=\s+\p{N})/u],
  },
];

/** Every entry of a list of groups, flattened. */
export function entriesOf<T>(groups: readonly RuleGroup<T>[]): T[] {
  return groups.flatMap((group) => group.entries);
}
