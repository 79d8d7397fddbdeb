/** Everything search needs once it starts; loaded on demand by bootstrap.ts. */
import { enhanceHeader } from './header-search.ts';
import { importPagefind } from './load-pagefind.ts';
import { loadComponentUi } from './load-ui.ts';
import { enhanceSearchPage } from './search-page.ts';

/** Loads Pagefind's Component UI and turns every search form on the page into a live search. */
export async function startSearch(): Promise<void> {
  // Pagefind and its UI load side by side.
  void importPagefind().catch(() => undefined);
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
