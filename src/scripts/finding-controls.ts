/**
 * Builds each finding's tools from the page's one template (FindingControls.astro): wraps every finding's
 * permanent link in a clone of the template's span, with its copy and cite buttons after the link, given
 * the finding's public address, and describes the link and the buttons by the finding's sentence (the
 * HTML leaves that out: it would cost every finding its id once more; without JavaScript the link's purpose
 * is given by the sentence it follows). The names it reads are finding-dom.ts's.
 * The cite dialog's code is loaded when a "cite" is first pressed, so it is no part of a first visit.
 */
// As for search (search/bootstrap.ts): a script of its own, loaded by URL, without Vite's preload helper.
import citeDialogUrl from './cite-dialog.ts?worker&url';
import {
  ATTR_CITE,
  ATTR_CITE_PENDING,
  ATTR_COPY_URL,
  ATTR_PAGE_URL,
  CITE_BUTTON_SELECTOR,
  FINDING,
  findingAddress,
  FINDING_TOOLS,
  LINK_SELECTOR,
  TEMPLATE_SELECTOR,
} from '../components/finding/finding-dom.ts';

/** Gives every finding of the page its tools, from the page's template. */
function buildFindingTools(): void {
  const template = document.querySelector<HTMLTemplateElement>(TEMPLATE_SELECTOR);
  const pageUrl = template?.getAttribute(ATTR_PAGE_URL);
  const tools = template?.content.querySelector(`.${FINDING_TOOLS}`);
  if (!tools || !pageUrl) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>(LINK_SELECTOR)) {
    // The link follows its finding's element; its id names the sentence that describes each control.
    const finding = link.previousElementSibling;
    if (!finding?.classList.contains(FINDING) || !finding.id) continue;
    // The template's span and its buttons, without the whitespace around them (it would enter the
    // paragraph's text).
    const span = tools.cloneNode(false) as HTMLElement;
    span.append(...[...tools.children].map((button) => button.cloneNode(true)));
    // The public address (SITE_URL), as the build writes it, not the one this copy is served from.
    const url = findingAddress(link.getAttribute('href') ?? '', pageUrl);
    for (const button of span.querySelectorAll('button')) {
      if (button.hasAttribute(ATTR_COPY_URL)) button.setAttribute(ATTR_COPY_URL, url);
      if (button.hasAttribute(ATTR_CITE)) button.setAttribute(ATTR_CITE, url);
    }
    link.replaceWith(span);
    span.prepend(link);
    for (const control of span.children) control.setAttribute('aria-describedby', finding.id);
  }
}

let citeLoading = false;
/** Loads the cite dialog's script at the first press of a "cite"; the script handles that press and later ones. */
function loadCiteDialog(event: Event): void {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>(CITE_BUTTON_SELECTOR);
  if (!button || citeLoading) return;
  citeLoading = true;
  button.setAttribute(ATTR_CITE_PENDING, '');
  const script = document.createElement('script');
  script.src = citeDialogUrl;
  document.head.append(script);
}

buildFindingTools();
document.addEventListener('click', loadCiteDialog);
