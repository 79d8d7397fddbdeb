/**
 * The /search/ page, once a search starts: Pagefind's input and results, this site's summary, filters loaded
 * when opened, and the URL kept in step. The page's HTML (search.astro) holds the places they go, sized, so
 * nothing shifts as they arrive.
 */
import type {
  FilterSelection,
  PagefindComponents,
  PagefindElement,
  PagefindInstance,
  PagefindSearchResult,
} from './pagefind-types.ts';
import { resultsTemplate } from './render-hits.ts';
import { createPagefind, loadPagefind, type LoadedPagefind } from './load-pagefind.ts';
import { replaceInput } from './replace-input.ts';
import { parseSearchUrl, searchUrl, type SearchState } from './search-url.ts';
import type { SearchFilterName } from '../../publish/filters.ts';
import { FILTER_LABELS, SHORT_FILTERS } from './index-fields.ts';
import {
  DEBOUNCE_MS,
  DOCUMENT_COUNT_DELAY_MS,
  DOCUMENT_COUNT_MAX_PAGES,
  FILTERS_LABEL,
  FIRST_RESULTS,
  PAGEFIND_OPTIONS,
  MORE_RESULTS,
  PAGE_TEXT,
  UI_STRINGS,
} from './settings.ts';
import { summaryText, unknownChoices, type FilterCounts } from './summary.ts';

function component(tag: string, attributes: Record<string, string> = {}): PagefindElement {
  const el = document.createElement(tag) as PagefindElement;
  el.setAttribute('instance', 'page');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** The page's places for search, as search.astro writes them. */
interface Places {
  summary: HTMLElement;
  unknown: HTMLElement;
  filters: HTMLDetailsElement;
  results: HTMLElement;
}

function places(host: HTMLElement): Places | undefined {
  const summary = host.querySelector<HTMLElement>('[data-search-summary]');
  const unknown = host.querySelector<HTMLElement>('[data-search-unknown]');
  const filters = host.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  const results = host.querySelector<HTMLElement>('[data-search-list]');
  return summary && unknown && filters && results ? { summary, unknown, filters, results } : undefined;
}

/** Names Pagefind's filter groups in words: its pane shows the raw keys. */
function nameFilterGroups(pane: HTMLElement): void {
  for (const group of pane.querySelectorAll<HTMLElement>('.pf-filter-group[data-filter-name]')) {
    const label = FILTER_LABELS[group.dataset['filterName'] as SearchFilterName] as string | undefined;
    if (!label) continue;
    for (const name of group.querySelectorAll('.pf-filter-group-name, legend')) {
      if (name.textContent !== label) name.textContent = label;
    }
  }
}

/**
 * The Filters disclosure: Pagefind's filter pane and the filters' indexes are loaded the first time it opens,
 * not before: the pane is a checkbox per country, document and year, each counted on every search, work that
 * grows with the archive.
 */
function lazyFilters(
  instance: PagefindInstance,
  pagefind: LoadedPagefind,
  details: HTMLDetailsElement,
  state: () => SearchState,
): void {
  let pane: PagefindElement | undefined;
  const build = async (): Promise<void> => {
    if (pane || !details.open) return;
    pane = component('pagefind-filter-pane', { open: SHORT_FILTERS.join(','), sort: 'alphabetical' });
    details.append(pane);
    const paneEl = pane;
    // After the pane's own handler (registered when it connected): relabel what it rendered.
    instance.on('filters', () => nameFilterGroups(paneEl));
    // Every filter's index, then the current search again: the pane learns the values and counts from it.
    await pagefind.loadFilters();
    const { term, filters } = state();
    instance.triggerSearchWithFilters(term, filters);
  };
  const open = (): void => {
    build().catch((error: unknown) => console.error('Filters could not load', error));
  };
  details.addEventListener('toggle', open);
  open();
}

/**
 * The summary's number of documents, counted apart from the search. Pagefind counts a filter's values on
 * every search once its index is loaded, at a cost that grows with pages times matches; so the search that
 * shows results counts nothing, and a second Pagefind instance (loaded on first use) counts the `document` filter once the reader pauses, for answers of up to `DOCUMENT_COUNT_MAX_PAGES`
 * pages. The summary says the pages at once and adds the documents when they are counted.
 */
function documentCounter(show: (state: SearchState, counts: FilterCounts) => void): {
  cancel(): void;
  count(state: SearchState, pages: number): void;
} {
  let counter: Promise<LoadedPagefind> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const cancel = (): void => {
    clearTimeout(timer);
    generation += 1;
  };
  const count = (state: SearchState, pages: number): void => {
    cancel();
    if (pages === 0 || pages > DOCUMENT_COUNT_MAX_PAGES || state.term.trim() === '') return;
    const mine = generation;
    const asked = { term: state.term, filters: { ...state.filters } };
    timer = setTimeout(() => {
      counter ??= createPagefind(PAGEFIND_OPTIONS);
      void counter
        .then(({ api }) => api.search(asked.term, { filters: { document: [], ...asked.filters } }))
        .then((answer) => {
          const filters = (answer as { filters?: FilterCounts } | null)?.filters;
          if (mine === generation && filters) show(asked, filters);
        })
        .catch((error: unknown) => console.error('Documents could not be counted', error));
    }, DOCUMENT_COUNT_DELAY_MS);
  };
  return { cancel, count };
}

/**
 * The results past the first screen: Pagefind's results element renders the first `FIRST_RESULTS` pages;
 * the rest are appended to its list `MORE_RESULTS` at a time as the reader scrolls to its end.
 */
function moreResults(results: PagefindElement): (searched: PagefindSearchResult) => void {
  let observer: IntersectionObserver | undefined;
  let generation = 0;
  return (searched) => {
    observer?.disconnect();
    generation += 1;
    const mine = generation;
    const list = results.querySelector('ul, ol');
    let next = FIRST_RESULTS;
    if (!list || searched.results.length <= next) return;
    const sentinel = document.createElement('li');
    sentinel.className = 'search-more';
    sentinel.setAttribute('aria-hidden', 'true');
    list.append(sentinel);
    observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        const batch = searched.results.slice(next, next + MORE_RESULTS);
        const at = next;
        next += MORE_RESULTS;
        observer?.unobserve(sentinel);
        void Promise.all(batch.map((r) => r.data())).then((data) => {
          if (mine !== generation || !sentinel.isConnected) return;
          data.forEach((d, i) => {
            const item = resultsTemplate(d);
            item.setAttribute('data-pf-result-index', String(at + i));
            sentinel.before(item);
          });
          if (next < searched.results.length) observer?.observe(sentinel);
          else sentinel.remove();
        });
      },
      { rootMargin: '400px' },
    );
    observer.observe(sentinel);
  };
}

/** Shows the URL's filter values that no page has, each with a button that removes it from the search. */
function showUnknown(
  instance: PagefindInstance,
  box: HTMLElement,
  chosen: FilterSelection,
  known: Record<string, Record<string, number>> | undefined,
  term: string,
): void {
  const unknown = known ? unknownChoices(chosen, known) : [];
  box.hidden = unknown.length === 0;
  box.replaceChildren();
  if (unknown.length === 0) return;
  const intro = document.createElement('p');
  intro.textContent = PAGE_TEXT.unknownFilters;
  const list = document.createElement('ul');
  for (const { name, value } of unknown) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'control control-quiet';
    button.textContent = PAGE_TEXT.removeFilter;
    const label = `${FILTER_LABELS[name as SearchFilterName] ?? name}: ${value}`;
    button.setAttribute('aria-label', `${PAGE_TEXT.removeFilter} ${label}`);
    button.addEventListener('click', () => {
      const rest = (chosen[name] ?? []).filter((v) => v !== value);
      const filters = { ...chosen };
      if (rest.length > 0) filters[name] = rest;
      else delete filters[name];
      instance.triggerSearchWithFilters(term, filters);
    });
    item.append(`${label} `, button);
    list.append(item);
  }
  box.append(intro, list);
}

/**
 * Replaces the page form's input with `<pagefind-input>`, puts Pagefind's results in the page's list (one
 * link per matching finding), runs the search the URL holds, and keeps the URL, the summary and the Filters
 * label in step as the reader types or filters. After a search sent with Enter, or one opened from a link,
 * focus moves to the results (unless the reader has moved it).
 */
export async function enhanceSearchPage(
  ui: PagefindComponents,
  form: HTMLFormElement,
  host: HTMLElement,
): Promise<void> {
  const plain = form.querySelector<HTMLInputElement>('input[name="q"]');
  const at = places(host);
  if (!plain || !at) return;
  const instance = ui.configureInstance('page', { ...PAGEFIND_OPTIONS });
  // Strings before the elements exist: changing them later re-renders their inputs.
  instance.setTranslations(UI_STRINGS);
  // Searches started while Pagefind loads can finish out of order and leave the results of a word typed
  // halfway on screen: the reader keeps typing in the plain box until it has loaded.
  // Without the filters: see load-pagefind.ts.
  const pagefind = await loadPagefind(instance, 'page');
  const results = component('pagefind-results', { 'max-results': String(FIRST_RESULTS) });
  results.resultTemplate = resultsTemplate;
  at.results.replaceChildren(results);
  at.filters.hidden = false;
  const input = replaceInput(plain, component('pagefind-input', { debounce: String(DEBOUNCE_MS) }));
  // Pagefind's input brings its own search landmark: the form's would wrap it in a second one.
  form.removeAttribute('role');
  form.removeAttribute('aria-label');

  const state: SearchState = { term: '', filters: {} };
  /** Where focus was when a search that should take it to the results was asked for (null: none asked). */
  let focusFrom: Element | null = null;
  const label = at.filters.querySelector('summary');
  const appendMore = moreResults(results);
  /** The answer on screen. */
  let shown: PagefindSearchResult | undefined;
  const documents = documentCounter((asked, filters) => {
    // Only if the search on screen is still the one counted.
    if (!shown || searchUrl('', asked) !== searchUrl('', state)) return;
    at.summary.textContent = summaryText(state.term, { results: shown.results, filters });
  });

  form.addEventListener('submit', (event) => {
    // Results appear as one types; Enter searches at once rather than reloading the page, and goes to them.
    event.preventDefault();
    focusFrom = input;
    instance.triggerSearchWithFilters(input.value, state.filters);
  });
  instance.on('search', (term, chosen) => {
    documents.cancel();
    state.term = term;
    state.filters = chosen;
    const count = Object.values(chosen).reduce((n, values) => n + values.length, 0);
    if (label) label.textContent = count === 0 ? FILTERS_LABEL : `${FILTERS_LABEL} (${count} chosen)`;
  });
  instance.on('results', (result: PagefindSearchResult) => {
    // Once per answer, not per keystroke: the history API is slow when called on every key.
    history.replaceState(history.state, '', searchUrl(location.pathname, state));
    shown = result;
    at.summary.textContent = summaryText(state.term, result);
    // Unless this search counted them itself (the Filters have loaded every filter).
    if (!result.filters?.['document']) documents.count(state, result.results.length);
    showUnknown(instance, at.unknown, state.filters, result.totalFilters, state.term);
    appendMore(result);
    if (focusFrom && result.results.length > 0 && state.term !== '') {
      const from = focusFrom;
      focusFrom = null;
      // Unless the reader has moved focus meanwhile.
      const move = (): void => {
        if (document.activeElement === from) at.results.focus({ preventScroll: true });
      };
      // Focus waits for the first finding, so that the next Tab lands on it.
      const first = results.querySelector('a[href]');
      if (first) move();
      else {
        const watch = new MutationObserver(() => {
          if (!results.querySelector('a[href]')) return;
          watch.disconnect();
          move();
        });
        watch.observe(results, { childList: true, subtree: true });
      }
    }
  });
  lazyFilters(instance, pagefind, at.filters, () => state);

  const fromUrl = parseSearchUrl(location.search);
  if (fromUrl.term !== '' || Object.keys(fromUrl.filters).length > 0) {
    input.value = fromUrl.term;
    // A link opened: unless its reader has already chosen a place on the page, the results take focus.
    if (document.activeElement === document.body) focusFrom = document.body;
    instance.triggerSearchWithFilters(fromUrl.term, fromUrl.filters);
  } else if (input.value.trim() !== '') {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
