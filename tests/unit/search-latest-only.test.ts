// Searches typed faster than Pagefind answers: one runs at a time, and of those asked meanwhile only the
// latest runs, so the last word typed is answered next rather than after every keystroke's search.
import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/scripts/search/latest-only.ts';
import { endsInOneLetter } from '../../src/scripts/search/load-pagefind.ts';

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

describe('latestOnly with a delay', () => {
  it('holds a search back for its delay, and drops it if a newer one comes meanwhile', async () => {
    const { ran, release, search } = controlledSearch();
    const latest = latestOnly(search, (term) => (endsInOneLetter(term) ? 50 : 0));
    const overtaken = latest('forced l');
    await settle();
    expect(ran).toEqual([]);
    const answer = latest('forced la');
    await settle();
    expect(ran).toEqual(['forced la']);
    release();
    expect(await overtaken).toBeNull();
    expect(await answer).toBe('answer to forced la');
  });

  it('runs a held-back search once its delay is over', async () => {
    const { ran, release, search } = controlledSearch();
    const latest = latestOnly(search, (term) => (endsInOneLetter(term) ? 20 : 0));
    const answer = latest('v');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(ran).toEqual(['v']);
    release();
    expect(await answer).toBe('answer to v');
  });
});

describe('endsInOneLetter', () => {
  it('tells a last word of one letter from longer ones', () => {
    expect(['v', 'forced l', 'Costa R'].map(endsInOneLetter)).toEqual([true, true, true]);
    expect(['vi', 'forced', 'forced la', '', null].map(endsInOneLetter)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
