/** The header's search box, once a search starts: Pagefind's searchbox listing findings as you type. */
import type { PagefindComponents, PagefindElement } from './pagefind-types.ts';
import { loadPagefind } from './load-pagefind.ts';
import { replaceInput } from './replace-input.ts';
import { searchboxTemplate } from './render-hits.ts';
import {
  DEBOUNCE_MS,
  HEADER_FINDINGS_PER_PAGE,
  HEADER_MAX_PAGES,
  PAGEFIND_OPTIONS,
  UI_STRINGS,
} from './settings.ts';

/**
 * Replaces the header form's input with a `<pagefind-searchbox>` (a combobox: arrow keys move through
 * the findings, Enter opens one, Escape closes the list). The form stays: its button, or Enter with no
 * finding chosen, still submits to /search/.
 */
export async function enhanceHeader(ui: PagefindComponents, form: HTMLFormElement): Promise<void> {
  const plain = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!plain) return;
  const instance = ui.configureInstance('header', { ...PAGEFIND_OPTIONS });
  // Strings before the element exists: changing them later re-renders its input.
  instance.setTranslations(UI_STRINGS);
  // Searches started while Pagefind loads can finish out of order and leave the results of a word typed
  // halfway on screen: the reader keeps typing in the plain box until it has loaded.
  // The header's list has no filters: Pagefind loads without them.
  await loadPagefind(instance, 'header');
  const box = document.createElement('pagefind-searchbox') as PagefindElement;
  box.setAttribute('instance', 'header');
  box.setAttribute('debounce', String(DEBOUNCE_MS));
  box.setAttribute('max-results', String(HEADER_MAX_PAGES));
  // The shortcuts are the page's own (/ and Ctrl/Cmd+K, see bootstrap.ts), named by aria-keyshortcuts.
  box.setAttribute('hide-shortcut', '');
  box.resultTemplate = searchboxTemplate(HEADER_FINDINGS_PER_PAGE);
  box.classList.add('site-search-box');
  const input = replaceInput(plain, box);
  if (input.value.trim() !== '') input.dispatchEvent(new Event('input', { bubbles: true }));
}
