/** A list item's marker at the start of its finding: the bullet, and the whitespace after it. */
const LIST_MARKER = /^([•●▪])(\s+)/u;

/** A list item's finding in three: its bullet, the whitespace after it, and its words; none if it has no bullet. */
export function splitListMarker(text: string): { marker: string; gap: string; words: string } | undefined {
  const match = LIST_MARKER.exec(text);
  if (match === null) return undefined;
  const [whole, marker = '', gap = ''] = match;
  return { marker, gap, words: text.slice(whole.length) };
}

/** A finding's words without the list marker that opens it, for a description or an excerpt. */
export function withoutListMarker(text: string): string {
  return splitListMarker(text)?.words ?? text;
}
