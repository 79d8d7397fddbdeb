/** One line of a seed with its 1-based line number. */
export interface Line {
  number: number;
  text: string;
}

/**
 * Splits a seed's text into numbered lines, dropping a byte-order mark and
 * accepting LF, CRLF or CR line ends. The text of each line is untouched.
 */
export function readLines(source: string): Line[] {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ number: i + 1, text: line }));
}

/** True for a line that holds nothing but whitespace (no-break spaces included). */
export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}
