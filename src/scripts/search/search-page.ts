/** The /search/ page, once a search starts: Pagefind's input, summary, filters and results, in the URL. */
import type { PagefindComponents, PagefindElement } from './pagefind-types.ts';
import { resultsTemplate } from './render-hits.ts';
import { replaceInput } from './replace-input.ts';
import { parseSearchUrl, searchUrl } from './search-url.ts';
import { SHORT_FILTERS } from './index-fields.ts';
import { DEBOUNCE_MS, FILTERS_LABEL, HIGHLIGHT_PARAM, UI_STRINGS } from './settings.ts';

function component(tag: string, attributes: Record<string, string> = {}): PagefindElement {
  const el = document.createElement(tag) as PagefindElement;
  el.setAttribute('instance', 'page');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/**
 * Replaces the page form's input with `<pagefind-input>`, adds the summary, the filters (with counts)
 * and the results (one link per matching finding) to `host`, runs the search the URL holds, and keeps
 * the URL in step as the reader types or filters.
 */
export async function enhanceSearchPage(
  ui: PagefindComponents,
  form: HTMLFormElement,
  host: HTMLElement,
): Promise<void> {
  const plain = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!plain) return;
  const instance = ui.configureInstance('page', { highlightParam: HIGHLIGHT_PARAM });
  // Strings before the elements exist: changing them later re-renders their inputs.
  instance.setTranslations(UI_STRINGS);
  // Searches started while Pagefind loads can finish out of order and leave the results of a word typed
  // halfway on screen: the reader keeps typing in the plain box until it has loaded.
  await instance.triggerLoad();
  const results = component('pagefind-results');
  results.resultTemplate = resultsTemplate;
  // The filters sit in a disclosure, closed, so the first results are on the first screen whatever the
  // number of countries or documents; inside it only the filters with few values start open.
  const filters = document.createElement('details');
  filters.className = 'search-filters';
  const label = document.createElement('summary');
  label.textContent = FILTERS_LABEL;
  filters.append(
    label,
    component('pagefind-filter-pane', { open: SHORT_FILTERS.join(','), sort: 'alphabetical' }),
  );
  host.append(component('pagefind-summary'), filters, results);
  const input = replaceInput(plain, component('pagefind-input', { debounce: String(DEBOUNCE_MS) }));
  // Pagefind's input brings its own search landmark: the form's would wrap it in a second one.
  form.removeAttribute('role');
  form.removeAttribute('aria-label');

  // Results appear as one types; Enter searches at once rather than reloading the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    instance.triggerSearch(input.value);
  });
  instance.on('search', (term, chosen) => {
    history.replaceState(history.state, '', searchUrl(location.pathname, { term, filters: chosen }));
    const count = Object.values(chosen).reduce((n, values) => n + values.length, 0);
    label.textContent = count === 0 ? FILTERS_LABEL : `${FILTERS_LABEL} (${count} chosen)`;
  });

  const fromUrl = parseSearchUrl(location.search);
  if (fromUrl.term !== '' || Object.keys(fromUrl.filters).length > 0) {
    input.value = fromUrl.term;
    instance.triggerSearchWithFilters(fromUrl.term, fromUrl.filters);
  } else if (input.value.trim() !== '') {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
