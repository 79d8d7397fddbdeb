/**
 * Gives each finding's tools their buttons: clones the page's `template[data-finding-controls]` after every
 * finding's link, with the finding's public address for the copy and cite buttons, and describes the link
 * and the buttons by the finding's sentence (the HTML leaves that out: it would cost every finding its id
 * once more; without JavaScript the link's purpose is given by the sentence it follows). The HTML holds one set of controls per page; this makes them per finding in one pass.
 * The cite dialog's code is loaded when a "cite" is first pressed, so it is no part of a first visit.
 */
// As for search (search/bootstrap.ts): a script of its own, loaded by URL, without Vite's preload helper.
import citeDialogUrl from './cite-dialog.ts?worker&url';

const template = document.querySelector<HTMLTemplateElement>('template[data-finding-controls]');
const pageUrl = template?.dataset['pageUrl'];

if (template && pageUrl) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.finding-tools > a')) {
    // The tools follow their finding's element; its id names the sentence that describes each control.
    const finding = link.parentElement?.previousElementSibling;
    if (!finding?.id) continue;
    // The buttons alone: any whitespace around them in the template would enter the paragraph's text.
    const buttons = [...template.content.querySelectorAll('button')].map(
      (b) => b.cloneNode(true) as HTMLElement,
    );
    // The public address (SITE_URL), as the build writes it, not the one this copy is served from.
    const url = new URL(link.getAttribute('href') ?? '', pageUrl).href;
    for (const button of buttons) {
      if (button.dataset['copyUrl'] !== undefined) button.dataset['copyUrl'] = url;
      if (button.dataset['cite'] !== undefined) button.dataset['cite'] = url;
    }
    link.after(...buttons);
    for (const control of link.parentElement?.children ?? [])
      control.setAttribute('aria-describedby', finding.id);
  }
}

let citeLoading = false;
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-cite]');
  if (!button || citeLoading) return;
  citeLoading = true;
  // cite-dialog.ts opens the dialog for the pending button once loaded, and handles every press after.
  button.dataset['citePending'] = '';
  const script = document.createElement('script');
  script.src = citeDialogUrl;
  document.head.append(script);
});
