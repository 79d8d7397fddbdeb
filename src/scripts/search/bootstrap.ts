/**
 * On every page, and all the search code a page carries until a search starts: the keyboard shortcuts
 * (/ and Ctrl/Cmd+K focus the search box) and the loading of the rest on focus, input or shortcut.
 */
// Vite bundles these entries, with what they import, into scripts of their own and gives their URLs.
// `?worker&url` is its only way to do that without a dynamic import(), which would add its 1 KB
// module-preload helper to this file on every page; they run as ordinary scripts, not workers.
import highlightUrl from './highlight.ts?worker&url';
import searchUiUrl from './search-ui.ts?worker&url';
import { BUNDLE_PATH, HIGHLIGHT_PARAM } from './settings.ts';

let started = false;

function addScript(src: string): void {
  const script = document.createElement('script');
  // A module: built, each is one self-contained file; in `astro dev`, Vite serves them as modules that import.
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}

function preload(rel: string, href: string, as?: string): void {
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  if (as) link.as = as;
  document.head.append(link);
}

function start(): void {
  if (started) return;
  started = true;
  addScript(searchUiUrl);
}

for (const form of document.querySelectorAll('form[data-search]')) {
  form.addEventListener('focusin', start);
  form.addEventListener('input', start);
}

addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const modified = event.ctrlKey || event.metaKey;
  if (!(event.key === '/' && !typing && !modified && !event.altKey) && !(event.key === 'k' && modified))
    return;
  event.preventDefault();
  // The search page's own box comes last; elsewhere the header's is the only one.
  const inputs = document.querySelectorAll<HTMLInputElement>('form[data-search] input[name="q"]');
  inputs[inputs.length - 1]?.focus();
});

const params = new URLSearchParams(location.search);
if (params.has(HIGHLIGHT_PARAM)) addScript(highlightUrl);
// A search page opened with a query (a shared link, or the header form sent without JavaScript's help): the
// files the search script will ask for next are fetched beside it rather than after it.
if (params.get('q') && document.querySelector('form[data-search="page"]')) {
  preload('preload', `${BUNDLE_PATH}pagefind-component-ui.js`, 'script');
  preload('modulepreload', `${BUNDLE_PATH}pagefind.js`);
  start();
}
