import { SeedError } from './seed-error.ts';

/**
 * Every problem found in one pass over the seeds, so that an author fixes them all before building again:
 * the message is each SeedError's one line, then a count.
 */
export class SeedErrors extends AggregateError {
  override name = 'SeedErrors';
  /** The problems, in the order of the seeds' names. */
  override readonly errors: SeedError[];

  /** @param errors at least one problem */
  constructor(errors: readonly SeedError[]) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super(errors, [...errors.map((e) => e.message), `${count} in the seeds; nothing was written`].join('\n'));
    this.errors = [...errors];
  }

  /** The last line of the message: how many problems there are. */
  get summary(): string {
    return this.message.slice(this.message.lastIndexOf('\n') + 1);
  }
}

/** The SeedErrors of `error` when it is a seed problem (one or many), else undefined. */
export function seedErrorsOf(error: unknown): SeedErrors | undefined {
  if (error instanceof SeedErrors) return error;
  if (error instanceof SeedError) return new SeedErrors([error]);
  return undefined;
}
