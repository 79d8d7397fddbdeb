import { SECTION_RULES, type SectionKey } from './rules/sections.ts';
import { tierLevel, type SeriesRule, type TierLevel } from './rules/series.ts';
import type { Line } from './read-lines.ts';

/** A header field's text and the line it was on. */
export interface Field {
  text: string;
  line: number;
}

/** A body paragraph before it is placed and split: soft wraps joined, headings noted. */
export interface RawParagraph {
  text: string;
  line: number;
  /** The section named by the closest heading line above it, if any. */
  heading?: { section: SectionKey; text: string; line: number };
  /** For a list ("•" bullets, one a line): each item as written, marker included; `text` is them joined by "\n". */
  items?: string[];
}

/** The line that opens a narrative with its placement ("BURMA: TIER 3"): the export's line, not a finding. */
export interface TierLine extends Field {
  /** The level its words name. */
  level: TierLevel;
}

/** The section a heading line names, if the line is one of the headings of the given sections. */
export function headingSection(text: string, sections: readonly SectionKey[]): SectionKey | undefined {
  const line = text.trim().replace(/:$/, '').trim();
  const candidate = line.toLowerCase();
  return sections.find(
    (key) =>
      SECTION_RULES[key].headings.some((h) => h.toLowerCase() === candidate) ||
      (SECTION_RULES[key].headingPatterns ?? []).some((pattern) => pattern.test(line)),
  );
}

/** The tier line's level, if the line is the series' tier line ("QATAR (TIER 2 WATCH LIST)"). */
function tierLineLevel(text: string, rule: SeriesRule): TierLevel | undefined {
  const groups = rule.tierLine?.exec(text.trim())?.groups;
  const words = groups?.['tier'] ?? groups?.['tier2'];
  return words === undefined ? undefined : tierLevel(words);
}

/** A list item's marker: a bullet, then a space. */
const BULLET = /^[•●▪]\s/u;

/** Joins a soft-wrapped block into one paragraph: line ends become single spaces. */
export const joinLines = (lines: Line[]): string => lines.map((l) => l.text.trim()).join(' ');

/**
 * Reads the body's blocks (blank-line separated, header and editor's note removed) into paragraphs: the
 * narrative's opening tier line is taken out as the tier line; heading lines note the section of what follows
 * them; consecutive "•" lines make one list paragraph; other lines join into paragraphs, soft wraps undone.
 */
export function readBody(
  bodyBlocks: readonly Line[][],
  rule: SeriesRule,
): { tierLine?: TierLine; paragraphs: RawParagraph[] } {
  let tierLine: TierLine | undefined;
  const paragraphs: RawParagraph[] = [];
  let heading: RawParagraph['heading'];
  let list: { items: Line[][]; heading: RawParagraph['heading'] } | undefined;
  const closeList = (): void => {
    if (list === undefined) return;
    const items = list.items.map(joinLines);
    const paragraph: RawParagraph = {
      text: items.join('\n'),
      line: (list.items[0]?.[0] as Line).number,
      items,
    };
    if (list.heading) paragraph.heading = list.heading;
    paragraphs.push(paragraph);
    list = undefined;
  };
  for (const block of bodyBlocks) {
    let pending: Line[] = [];
    const flush = (): void => {
      if (pending.length === 0) return;
      const paragraph: RawParagraph = { text: joinLines(pending), line: (pending[0] as Line).number };
      if (heading) paragraph.heading = heading;
      paragraphs.push(paragraph);
      pending = [];
    };
    for (const line of block) {
      // The narrative's first line may state its placement: the document's tier, not a paragraph.
      const level =
        paragraphs.length === 0 &&
        pending.length === 0 &&
        list === undefined &&
        heading === undefined &&
        tierLine === undefined
          ? tierLineLevel(line.text, rule)
          : undefined;
      if (level !== undefined) {
        tierLine = { text: line.text.trim(), line: line.number, level };
        continue;
      }
      const section = headingSection(line.text, rule.sections);
      if (section !== undefined) {
        flush();
        closeList();
        heading = { section, text: line.text.trim(), line: line.number };
        continue;
      }
      if (BULLET.test(line.text.trim())) {
        // Consecutive bullets, one a line or a block each, make one list; a line without one continues the item.
        flush();
        list ??= { items: [], heading };
        list.items.push([line]);
        continue;
      }
      const item = list?.items.at(-1);
      if (item !== undefined && block.includes(item[0] as Line)) {
        item.push(line);
        continue;
      }
      closeList();
      pending.push(line);
    }
    flush();
  }
  closeList();

  return { ...(tierLine && { tierLine }), paragraphs };
}
