/**
 * An error in a seed file that its author can fix: the message is one line
 * naming the file, the line and what was expected there.
 */
export class SeedError extends Error {
  override name = 'SeedError';
  /** The seed's path as the user knows it. */
  readonly file: string;
  /** The 1-based line the problem is on. */
  readonly line: number;

  /** @param expected what should have been at that line */
  constructor(file: string, line: number, expected: string, options?: ErrorOptions) {
    super(`${file}:${line}: expected ${expected}`, options);
    this.file = file;
    this.line = line;
  }
}
