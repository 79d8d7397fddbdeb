/** On a page opened from a search result: the searched words, marked with Pagefind's highlight script. */
import { BUNDLE_PATH, HIGHLIGHT_PARAM } from './settings.ts';

interface HighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

/** Marks every occurrence of the URL's highlight terms in the page's indexed content. */
export async function highlightTerms(): Promise<void> {
  const url = `${BUNDLE_PATH}pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as HighlightModule;
  // addStyles would insert a <style> element, which the Content-Security-Policy forbids: the marks are
  // <mark> elements, which browsers show highlighted by default.
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}

// This file is a script of its own (see bootstrap.ts): loading it highlights the terms.
highlightTerms().catch((error: unknown) => console.error('Search terms could not be highlighted', error));
