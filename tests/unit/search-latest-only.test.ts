// Searches typed faster than Pagefind answers: one runs at a time, and of those asked meanwhile only the
// latest runs, so the last word typed is answered next rather than after every keystroke's search.
import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/scripts/search/latest-only.ts';

/** A search whose answers come when the test releases them, recording what ran. */
function controlledSearch(): {
  ran: string[];
  release(): void;
  search: (term: string) => Promise<string>;
} {
  const ran: string[] = [];
  const pending: (() => void)[] = [];
  return {
    ran,
    release: () => pending.shift()?.(),
    search: (term) => {
      ran.push(term);
      return new Promise((resolve) => pending.push(() => resolve(`answer to ${term}`)));
    },
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly', () => {
  it('runs only the latest of the searches asked while one runs, and answers the overtaken ones null', async () => {
    const { ran, release, search } = controlledSearch();
    const latest = latestOnly(search);
    const answers = ['v', 'vi', 'vic', 'vict'].map((term) => latest(term));
    await settle();
    expect(ran).toEqual(['v']);
    release();
    await settle();
    expect(ran).toEqual(['v', 'vict']);
    release();
    expect(await Promise.all(answers)).toEqual(['answer to v', null, null, 'answer to vict']);
  });

  it('passes a failed search’s error to its caller and goes on to the next', async () => {
    const latest = latestOnly((term: string) =>
      term === 'bad' ? Promise.reject(new Error('no index')) : Promise.resolve(term),
    );
    const bad = latest('bad');
    await expect(bad).rejects.toThrow('no index');
    expect(await latest('good')).toBe('good');
  });
});
