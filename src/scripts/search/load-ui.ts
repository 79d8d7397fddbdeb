/** Loads Pagefind's Component UI and this site's search styles, once, when a search starts. */
import searchCss from '../../styles/search.css?url';
import type { PagefindComponents } from './pagefind-types.ts';
import { BUNDLE_PATH } from './settings.ts';

let loading: Promise<PagefindComponents> | undefined;

/** Adds a stylesheet; resolves once it has loaded (or failed: search still works unstyled). */
function addStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

/**
 * Adds Pagefind's Component UI script and stylesheet to the page, then this site's styles (after
 * Pagefind's, so that they win), and resolves with `window.PagefindComponents`. Its custom elements
 * are defined from then on.
 */
export function loadComponentUi(): Promise<PagefindComponents> {
  loading ??= (async () => {
    // The styles first: elements rendered before them would change size when they came, shifting the page.
    const styled = Promise.all([
      addStylesheet(`${BUNDLE_PATH}pagefind-component-ui.css`),
      addStylesheet(searchCss),
    ]);
    const ui = await new Promise<PagefindComponents>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${BUNDLE_PATH}pagefind-component-ui.js`;
      script.addEventListener('load', () => {
        if (window.PagefindComponents) resolve(window.PagefindComponents);
        else reject(new Error(`${script.src} did not define window.PagefindComponents`));
      });
      script.addEventListener('error', () => reject(new Error(`Could not load ${script.src}`)));
      document.head.append(script);
    });
    await styled;
    return ui;
  })();
  return loading;
}
