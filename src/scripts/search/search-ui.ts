/** Everything search needs once it starts; loaded on demand by bootstrap.ts. */
import { enhanceHeader } from './header-search.ts';
import { importPagefind, startPagefind } from './load-pagefind.ts';
import { loadComponentUi } from './load-ui.ts';
import { enhanceSearchPage } from './search-page.ts';
import { parseSearchUrl } from './search-url.ts';

/** Loads Pagefind's Component UI and turns every search form on the page into a live search. */
export async function startSearch(): Promise<void> {
  // Pagefind and its UI load side by side; on a search page opened with words (a shared link), Pagefind also
  // starts and fetches the index chunks of those words while the UI loads.
  const asked = parseSearchUrl(location.search);
  if (asked.term.trim() !== '' && document.querySelector('form[data-search="page"]')) {
    void startPagefind('page')
      .then(({ api }) => api.preload(asked.term, { filters: asked.filters }))
      .catch(() => undefined);
  } else void importPagefind().catch(() => undefined);
  const ui = await loadComponentUi();
  const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-search]')];
  const host = document.querySelector<HTMLElement>('[data-search-results]');
  await Promise.all(
    forms.map((form) =>
      form.dataset['search'] === 'page' ? host && enhanceSearchPage(ui, form, host) : enhanceHeader(ui, form),
    ),
  );
}

// This file is a script of its own (see bootstrap.ts): loading it starts the search.
startSearch().catch((error: unknown) => console.error('Search could not start', error));
