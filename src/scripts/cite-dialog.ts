/**
 * The section page's one cite dialog, loaded by finding-controls.ts when a "cite" is first pressed, and built
 * then. A finding's "cite" button (`button[data-cite]`, holding the address it cites) fills the dialog with a
 * copy of the page's own references ("Cite this page"), the page's URL replaced by that address through the
 * same substitution the build uses, quotes the finding, and opens it as a modal: focus moves in, Escape or
 * "Close" closes it, and focus returns to the button. The copy buttons inside are copy-link.ts's.
 */
import {
  ATTR_CITE,
  ATTR_CITE_PENDING,
  ATTR_COPY_FROM,
  ATTR_PAGE_URL,
  CITE_BUTTON_SELECTOR,
  CITE_PENDING_SELECTOR,
  dialogReferenceId,
  PAGE_REFERENCES_SELECTOR,
  REFERENCE_PREFIX,
  TEMPLATE_SELECTOR,
} from '../components/finding/finding-dom.ts';
import { CITE_DIALOG_STRINGS } from '../strings.ts';
import { referenceFor } from './cite-references.ts';

const pageUrl = document.querySelector(TEMPLATE_SELECTOR)?.getAttribute(ATTR_PAGE_URL);
const dialog = document.createElement('dialog');
const quote = document.createElement('blockquote');
const body = document.createElement('div');
let opener: HTMLElement | null = null;

/** The dialog, named by its title, with a place for the quote and the references, and a Close button. */
function build(): void {
  const title = Object.assign(document.createElement('p'), {
    id: 'cite-dialog-title',
    className: 'cite-dialog-title',
    textContent: CITE_DIALOG_STRINGS.title,
  });
  const close = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'control cite-dialog-close',
    textContent: CITE_DIALOG_STRINGS.close,
  });
  close.addEventListener('click', () => dialog.close());
  Object.assign(dialog, { id: REFERENCE_PREFIX.dialog, className: 'cite-dialog' });
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.dataset['pagefindIgnore'] = '';
  dialog.append(title, quote, body, close);
  // Escape closes a modal dialog natively; either way, focus goes back to the finding's button.
  dialog.addEventListener('close', () => opener?.focus());
  document.body.append(dialog);
}

/** The page's references block, copied with its ids renamed and `url` cited in place of the page's. */
function referencesFor(url: string, page: string): Node | undefined {
  const block = document.querySelector(PAGE_REFERENCES_SELECTOR)?.cloneNode(true);
  if (!(block instanceof HTMLElement)) return undefined;
  for (const el of block.querySelectorAll<HTMLElement>('[id]')) {
    const cited = referenceFor({ id: el.id, html: el.innerHTML }, url, page);
    el.innerHTML = cited.html;
    el.id = cited.id;
  }
  for (const button of block.querySelectorAll<HTMLElement>(`[${ATTR_COPY_FROM}]`)) {
    button.setAttribute(ATTR_COPY_FROM, dialogReferenceId(button.getAttribute(ATTR_COPY_FROM) ?? ''));
  }
  return block;
}

function open(button: HTMLButtonElement): void {
  const url = button.getAttribute(ATTR_CITE);
  const references = url && pageUrl ? referencesFor(url, pageUrl) : undefined;
  if (!references) return;
  const finding = document.getElementById(button.getAttribute('aria-describedby') ?? '');
  quote.textContent = finding?.textContent ?? '';
  body.replaceChildren(references);
  opener = button;
  dialog.showModal();
}

build();
// The press that loaded this script, then every later one.
const pending = document.querySelector<HTMLButtonElement>(CITE_PENDING_SELECTOR);
if (pending) {
  pending.removeAttribute(ATTR_CITE_PENDING);
  open(pending);
}
document.addEventListener('click', (event) => {
  const cite = (event.target as Element | null)?.closest<HTMLButtonElement>(CITE_BUTTON_SELECTOR);
  if (cite) open(cite);
});
